package org.sipqm.compare.trend;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;

/** A graded judgement with the evaluation that contains it, so that a view can open the evaluation. */
public record GradedJudgement(Judgement judgement, Evaluation evaluation) {

	public Grade grade() {
		return judgement.getGrade();
	}
}
