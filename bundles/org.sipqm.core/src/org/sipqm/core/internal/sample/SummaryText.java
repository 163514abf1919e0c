package org.sipqm.core.internal.sample;

import org.sipqm.core.summary.WorkspaceSummary;

/** Formats a workspace summary as the lines the command-line mains print. */
public final class SummaryText {

	private SummaryText() {
	}

	public static String format(WorkspaceSummary summary) {
		return "regions: " + summary.regions() + "\n"
				+ "local authorities: " + summary.localAuthorities() + "\n"
				+ "schools: " + summary.schools() + "\n"
				+ "School Improvement Partners: " + summary.partners() + "\n"
				+ "evaluations: " + summary.evaluations() + " by schedule " + summary.evaluationsBySchedule() + "\n"
				+ "evaluations by term: " + summary.evaluationsByTerm() + "\n"
				+ "evaluations by status: " + summary.evaluationsByStatus() + "\n"
				+ "judgements: " + summary.judgements() + ", section judgements: " + summary.sectionJudgements()
				+ ", responses: " + summary.responses() + "\n"
				+ "evidence items: " + summary.evidenceItems() + "\n"
				+ "load problems: " + summary.loadProblems();
	}
}
