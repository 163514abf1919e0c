package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.evidence.ImpactRequirements;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;

/** Facts about judgements and evaluation status that several rules need. */
final class JudgementFacts {

	private JudgementFacts() {
	}

	/** Returns whether the evaluation is agreed or published, after which its judgements count. */
	static boolean isAgreed(Evaluation evaluation) {
		return evaluation != null && (evaluation.getStatus() == EvaluationStatus.AGREED
				|| evaluation.getStatus() == EvaluationStatus.PUBLISHED);
	}

	/** Returns whether the judgement has a grade: one is set and it is not marked as not evaluated. */
	static boolean isGraded(Judgement judgement) {
		return !judgement.isNotEvaluated() && judgement.getGrade() != null && judgement.getGrade() != Grade.NOT_JUDGED;
	}

	/** Returns the grade for messages, such as "grade 2 (good)", with the label the framework gives the column. */
	static String gradeText(Framework framework, Grade grade) {
		GradeLevel level = ImpactRequirements.level(framework, grade);
		String label = level == null || level.getLabel() == null ? grade.getLiteral()
				: level.getLabel().toLowerCase(Locale.UK);
		return NLS.bind(RuleMessages.Grade_text, label, grade.getValue());
	}

	/**
	 * Returns the date on which the evaluation was last agreed, from its status changes, or null
	 * when none records one.
	 */
	static LocalDate agreedOn(Evaluation evaluation) {
		LocalDate agreed = null;
		for (StatusChange change : evaluation.getStatusChanges()) {
			if (change.getTo() == EvaluationStatus.AGREED && change.getDate() != null
					&& (agreed == null || change.getDate().isAfter(agreed))) {
				agreed = change.getDate();
			}
		}
		return agreed;
	}
}
