package org.sipqm.compare.trend;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;

/** Picks the judgement that stands for a criterion when several evaluations of one term judge it. */
final class Judgements {

	/** Orders evaluations by date, undated first, so that a later one replaces an earlier one. */
	static final Comparator<Evaluation> BY_DATE = Comparator.comparing(Evaluation::getDate,
			Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));

	private Judgements() {
	}

	/**
	 * Returns the graded judgements of the evaluations keyed by criterion URI, the latest evaluation's
	 * judgement standing for each criterion. Judgements not evaluated or not judged are left out.
	 */
	static Map<String, GradedJudgement> latestByCriterion(List<Evaluation> evaluations) {
		Map<String, GradedJudgement> latest = new LinkedHashMap<>();
		evaluations.stream().sorted(BY_DATE).forEach(evaluation -> {
			for (Judgement judgement : evaluation.getJudgements()) {
				if (graded(judgement)) {
					latest.put(judgement.getCriterion(), new GradedJudgement(judgement, evaluation));
				}
			}
		});
		return latest;
	}

	static boolean graded(Judgement judgement) {
		return !judgement.isNotEvaluated() && judgement.getGrade() != null && judgement.getGrade() != Grade.NOT_JUDGED;
	}
}
