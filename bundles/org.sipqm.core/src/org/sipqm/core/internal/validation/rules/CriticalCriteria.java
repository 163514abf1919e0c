package org.sipqm.core.internal.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** The critical criteria of schedules and sections, and the judgements an evaluation makes on them. */
final class CriticalCriteria {

	private CriticalCriteria() {
	}

	/** Returns the critical criteria of the section and its subsections, in document order. */
	static List<Criterion> of(Section section) {
		List<Criterion> critical = new ArrayList<>();
		collect(section, critical);
		return critical;
	}

	/** Returns the critical criteria of every section of the schedule, in document order. */
	static List<Criterion> of(Schedule schedule) {
		List<Criterion> critical = new ArrayList<>();
		for (Section section : schedule.getSections()) {
			collect(section, critical);
		}
		return critical;
	}

	/**
	 * Returns the evaluation's judgements on criteria of the schedule, by criterion code. When a
	 * criterion is judged twice the first judgement counts.
	 */
	static Map<String, Judgement> judgementsByCode(Evaluation evaluation, int schedule) {
		Map<String, Judgement> byCode = new LinkedHashMap<>();
		for (Judgement judgement : evaluation.getJudgements()) {
			try {
				CriterionUri uri = CriterionUri.parse(judgement.getCriterion());
				if (uri.schedule() == schedule) {
					byCode.putIfAbsent(uri.code(), judgement);
				}
			} catch (IllegalArgumentException e) {
				// A judgement without a valid criterion URI is reported by criterion.invalid-uri.
			}
		}
		return byCode;
	}

	private static void collect(Section section, List<Criterion> critical) {
		for (Criterion criterion : section.getCriteria()) {
			if (criterion.isCritical()) {
				critical.add(criterion);
			}
		}
		for (Section subsection : section.getSubsections()) {
			collect(subsection, critical);
		}
	}
}
