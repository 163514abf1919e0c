package org.sipqm.export;

import java.util.List;

import org.sipqm.core.Evaluations;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;

/**
 * A choice of evaluations by local authority, academic year, term and schedule, as the command
 * line's options and the export wizard's fields set it. A null part matches every evaluation.
 *
 * @param localAuthority the local authority's identifier or code, such as {@code la-831} or {@code 831}
 * @param academicYear   the academic year, written {@code 2007/08}
 * @param term           the term
 * @param schedule       the schedule number, 1 to 4
 */
public record EvaluationFilter(String localAuthority, String academicYear, Term term, Integer schedule) {

	/** The filter that matches every evaluation. */
	public static final EvaluationFilter ALL = new EvaluationFilter(null, null, null, null);

	/** Returns whether the evaluation matches every part of the filter that is set. */
	public boolean matches(Evaluation evaluation) {
		if (localAuthority != null && !matchesAuthority(evaluation.getLocalAuthority())) {
			return false;
		}
		if (academicYear != null && !academicYear.equals(evaluation.getAcademicYear())) {
			return false;
		}
		if (term != null && term != evaluation.getTerm()) {
			return false;
		}
		return schedule == null || schedule == scheduleOf(evaluation);
	}

	/** Returns the workspace's evaluations that match, in the workspace's order. */
	public List<Evaluation> select(Workspace workspace) {
		return workspace.evaluations().stream().filter(this::matches).toList();
	}

	private boolean matchesAuthority(LocalAuthority authority) {
		if (authority == null || authority.eIsProxy()) {
			return false;
		}
		return localAuthority.equalsIgnoreCase(authority.getId()) || localAuthority.equalsIgnoreCase(authority.getCode());
	}

	private static int scheduleOf(Evaluation evaluation) {
		try {
			return Evaluations.scheduleOf(evaluation);
		} catch (IllegalArgumentException e) {
			// A class that records no national schedule matches no schedule number.
			return 0;
		}
	}
}
