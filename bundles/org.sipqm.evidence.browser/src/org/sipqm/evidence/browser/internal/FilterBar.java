package org.sipqm.evidence.browser.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.evidence.CriterionCodes;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceFilter;
import org.sipqm.core.evidence.EvidenceIndex;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

/**
 * The controls above the evidence table: the search field, a choice for each column filter, the
 * switch to the "too little evidence" mode and a button that clears the filters. Every change
 * calls the listener at once, so the table follows each keystroke.
 */
final class FilterBar {

	/** A term of an academic year, as the term filter offers it. */
	record YearTerm(String academicYear, Term term) {
	}

	/** A local authority or school, by id, with the name the choice shows. */
	record Named(String id, String name) {
	}

	private final Composite control;
	private final Text search;
	private final ChoiceCombo<Named> authority;
	private final ChoiceCombo<Named> school;
	private final ChoiceCombo<YearTerm> term;
	private final ChoiceCombo<Integer> schedule;
	private final ChoiceCombo<String> criterion;
	private final ChoiceCombo<EvidenceKind> kind;
	private final ChoiceCombo<ImpactEvidence> impact;
	private final ChoiceCombo<Boolean> restricted;
	private final Button gapMode;
	private final Runnable listener;
	private EvidenceIndex index;

	FilterBar(Composite parent, Runnable listener) {
		this.listener = listener;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		control.setLayout(layout);

		Label findLabel = new Label(control, SWT.NONE);
		findLabel.setText(Messages.Filter_find);
		search = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.Filter_findMessage);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(event -> listener.run());
		search.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Filter_findMessage;
			}
		});
		gapMode = new Button(control, SWT.CHECK);
		gapMode.setText(Messages.Filter_gapMode);
		gapMode.setToolTipText(Messages.Filter_gapModeHint);
		gapMode.addListener(SWT.Selection, event -> listener.run());

		Composite choices = new Composite(control, SWT.NONE);
		choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginLeft = 0;
		rows.spacing = 12;
		choices.setLayout(rows);

		authority = new ChoiceCombo<>(choices, Messages.Filter_localAuthority, Named::name, this::authorityChanged);
		school = new ChoiceCombo<>(choices, Messages.Filter_school, Named::name, listener);
		term = new ChoiceCombo<>(choices, Messages.Filter_term,
				value -> EvidenceLabels.term(value.term(), value.academicYear()), listener);
		schedule = new ChoiceCombo<>(choices, Messages.Filter_schedule,
				value -> NLS.bind(Messages.Filter_scheduleValue, value), listener);
		criterion = new ChoiceCombo<>(choices, Messages.Filter_criterion, value -> value, listener);
		kind = new ChoiceCombo<>(choices, Messages.Filter_kind, EvidenceLabels::kind, listener);
		impact = new ChoiceCombo<>(choices, Messages.Filter_impact, EvidenceLabels::impact, listener);
		restricted = new ChoiceCombo<>(choices, Messages.Filter_restricted,
				value -> value ? Messages.Filter_restrictedOnly : Messages.Filter_notRestricted, listener);
		Button clear = new Button(choices, SWT.PUSH);
		clear.setText(Messages.Filter_clear);
		clear.addListener(SWT.Selection, event -> clear());

		schedule.setValues(List.of(1, 2, 3, 4));
		kind.setValues(List.of(EvidenceKind.values()));
		impact.setValues(List.of(ImpactEvidence.values()));
		restricted.setValues(List.of(Boolean.TRUE, Boolean.FALSE));
	}

	Composite control() {
		return control;
	}

	Text search() {
		return search;
	}

	Button gapMode() {
		return gapMode;
	}

	/** Offers the local authorities, schools, terms and criteria that the index contains. */
	void setIndex(EvidenceIndex newIndex) {
		index = newIndex;
		List<EvidenceEntry> entries = newIndex.entries();
		authority.setValues(named(entries, EvidenceEntry::localAuthorityId, EvidenceEntry::localAuthority));
		term.setValues(entries.stream().map(entry -> new YearTerm(entry.academicYear(), entry.term())).distinct()
				.sorted(Comparator.comparing(YearTerm::academicYear)
						.thenComparing(value -> value.term() == null ? -1 : value.term().getValue()))
				.toList());
		criterion.setValues(entries.stream().flatMap(entry -> entry.criteria().stream()).distinct()
				.sorted(CriterionCodes::compare).toList());
		offerSchools();
	}

	/** Returns the filter that the controls set. */
	EvidenceFilter filter() {
		Named selectedAuthority = authority.selected();
		Named selectedSchool = school.selected();
		YearTerm selectedTerm = term.selected();
		return new EvidenceFilter(search.getText(), selectedAuthority == null ? null : selectedAuthority.id(),
				selectedSchool == null ? null : selectedSchool.id(),
				selectedTerm == null ? null : selectedTerm.academicYear(),
				selectedTerm == null ? null : selectedTerm.term(), schedule.selected(), criterion.selected(),
				kind.selected(), impact.selected(), restricted.selected());
	}

	boolean isGapMode() {
		return gapMode.getSelection();
	}

	/** Returns the combos in order, for the tests. */
	List<ChoiceCombo<?>> combos() {
		return Arrays.asList(authority, school, term, schedule, criterion, kind, impact, restricted);
	}

	ChoiceCombo<Named> authorityCombo() {
		return authority;
	}

	private void authorityChanged() {
		offerSchools();
		listener.run();
	}

	/** Offers the schools of the chosen local authority, or of every one when none is chosen. */
	private void offerSchools() {
		if (index == null) {
			return;
		}
		Named selectedAuthority = authority.selected();
		List<EvidenceEntry> entries = index.entries().stream()
				.filter(entry -> !entry.schoolId().isEmpty())
				.filter(entry -> selectedAuthority == null || entry.localAuthorityId().equals(selectedAuthority.id()))
				.toList();
		school.setValues(named(entries, EvidenceEntry::schoolId, EvidenceEntry::school));
	}

	private void clear() {
		search.setText(""); //$NON-NLS-1$
		for (ChoiceCombo<?> combo : combos()) {
			combo.select(null);
		}
		offerSchools();
		listener.run();
	}

	private static List<Named> named(List<EvidenceEntry> entries, java.util.function.Function<EvidenceEntry, String> id,
			java.util.function.Function<EvidenceEntry, String> name) {
		Map<String, String> byId = new TreeMap<>();
		for (EvidenceEntry entry : entries) {
			if (!id.apply(entry).isEmpty()) {
				byId.putIfAbsent(id.apply(entry), name.apply(entry));
			}
		}
		return byId.entrySet().stream().map(pair -> new Named(pair.getKey(), pair.getValue()))
				.sorted(Comparator.comparing(Named::name, String.CASE_INSENSITIVE_ORDER))
				.collect(Collectors.toList());
	}
}
