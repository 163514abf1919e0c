package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.SectionJudgement;

/**
 * Once an evaluation is agreed or published, each graded judgement of a criterion or a section
 * must give its rationale, because the grade alone cannot be challenged or moderated.
 */
public class RationaleRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.JUDGEMENT_RATIONALE_MISSING;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return switch (element) {
		case Judgement judgement -> JudgementFacts.isGraded(judgement) && isBlank(judgement.getRationale());
		case SectionJudgement judgement -> judgement.getGrade() != null && judgement.getGrade() != Grade.NOT_JUDGED
				&& isBlank(judgement.getRationale());
		default -> false;
		};
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Evaluation evaluation = Evaluations.containing(element);
		if (!JudgementFacts.isAgreed(evaluation)) {
			return;
		}
		context.report(Severity.ERROR, element, NLS.bind(RuleMessages.Rationale_missing, ElementLabels.label(element),
				evaluation.getStatus().getLiteral()));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
