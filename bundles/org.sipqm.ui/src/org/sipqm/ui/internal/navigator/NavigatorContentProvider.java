package org.sipqm.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;

/**
 * The navigator's tree over a {@link Workspace}: regions, their local authorities, and under
 * each local authority its schools and its evaluations by academic year and term.
 */
final class NavigatorContentProvider implements ITreeContentProvider {

	private static final Comparator<LocalAuthority> AUTHORITY_ORDER = Comparator.comparing(LocalAuthority::getName,
			Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
	private static final Comparator<School> SCHOOL_ORDER = Comparator.comparing(School::getName,
			Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

	private EvaluationIndex index;

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		index = newInput instanceof Workspace workspace ? new EvaluationIndex(workspace) : null;
	}

	/** Indexes the workspace's evaluations again, such as after one was added; refresh the viewer then. */
	void reindex(Workspace workspace) {
		index = new EvaluationIndex(workspace);
	}

	/** Returns the index of the current input, or null when there is no input. */
	EvaluationIndex index() {
		return index;
	}

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Workspace workspace) || index == null) {
			return new Object[0];
		}
		List<Object> elements = new ArrayList<>(EvaluationIndex.regions(workspace));
		if (index.hasUnassigned()) {
			elements.add(new NavigatorNode.Evaluations(null));
		}
		return elements.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return switch (parent) {
		case Region region -> region.getLocalAuthorities().stream().sorted(AUTHORITY_ORDER).toArray();
		case LocalAuthority authority -> new Object[] { new NavigatorNode.Schools(authority),
				new NavigatorNode.Evaluations(authority) };
		case NavigatorNode.Schools schools -> schools.authority().getSchools().stream().sorted(SCHOOL_ORDER).toArray();
		case NavigatorNode.Evaluations evaluations -> index.years(evaluations.authority()).stream()
				.map(year -> new NavigatorNode.Year(evaluations.authority(), year))
				.toArray();
		case NavigatorNode.Year year -> index.terms(year.authority(), year.academicYear()).stream()
				.map(term -> new NavigatorNode.TermGroup(year.authority(), year.academicYear(), term))
				.toArray();
		case NavigatorNode.TermGroup term -> index.evaluations(term.authority(), term.academicYear(), term.term())
				.toArray();
		default -> new Object[0];
		};
	}

	@Override
	public Object getParent(Object element) {
		return switch (element) {
		case LocalAuthority authority -> authority.eContainer();
		case School school -> school.eContainer() instanceof LocalAuthority authority
				? new NavigatorNode.Schools(authority)
				: null;
		case NavigatorNode.Schools schools -> schools.authority();
		case NavigatorNode.Evaluations evaluations -> evaluations.authority();
		case NavigatorNode.Year year -> new NavigatorNode.Evaluations(year.authority());
		case NavigatorNode.TermGroup term -> new NavigatorNode.Year(term.authority(), term.academicYear());
		case Evaluation evaluation -> index == null ? null
				: new NavigatorNode.TermGroup(index.authorityOf(evaluation), evaluation.getAcademicYear(),
						evaluation.getTerm());
		default -> null;
		};
	}

	@Override
	public boolean hasChildren(Object element) {
		return switch (element) {
		case Region region -> !region.getLocalAuthorities().isEmpty();
		case LocalAuthority authority -> true;
		case NavigatorNode.Schools schools -> !schools.authority().getSchools().isEmpty();
		case NavigatorNode.Evaluations evaluations -> index != null && index.count(evaluations.authority()) > 0;
		case NavigatorNode.Year year -> true;
		case NavigatorNode.TermGroup term -> true;
		default -> false;
		};
	}
}
