package org.sipqm.export.internal.document;

import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Section;

/** Looks up the titles of the sections that section judgements name. */
final class SectionTitles {

	private SectionTitles() {
	}

	/** Returns the title of the judged section in the evaluation's schedule, or an empty string when unknown. */
	static String of(SectionJudgement judgement) {
		Evaluation evaluation = org.sipqm.core.Evaluations.containing(judgement);
		if (evaluation == null || judgement.getSection() == null) {
			return "";
		}
		int schedule;
		try {
			schedule = Evaluations.scheduleOf(evaluation);
		} catch (IllegalArgumentException e) {
			return "";
		}
		return FrameworkRegistry.getDefault().schedule(schedule)
				.flatMap(found -> FrameworkRegistry.section(found, judgement.getSection().strip()))
				.map(Section::getTitle)
				.map(Texts::clean)
				.orElse("");
	}
}
