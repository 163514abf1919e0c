package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.evidence.ImpactRequirements;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.ImpactEvidence;

/**
 * A judgement needs linked evidence showing the impact that its grade level requires, as the
 * framework's grade scale records it in {@link GradeLevel#getEvidenceRequired()}: in edition 1,
 * substantial evidence of impact for grade 1 and at least emerging evidence for grade 2.
 * <p>
 * The default severity is a warning, not an error, because the evidence may be held outside the
 * workbench. A region that records all its evidence here can raise it to an error.
 */
public class EvidenceForGradeRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Judgement judgement && JudgementFacts.isGraded(judgement);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Judgement judgement = (Judgement) element;
		Evaluation evaluation = Evaluations.containing(judgement);
		if (evaluation == null) {
			return;
		}
		Framework framework = context.frameworkOf(evaluation);
		ImpactEvidence required = ImpactRequirements.required(framework, judgement.getGrade());
		ImpactEvidence strongest = ImpactRequirements.strongest(judgement);
		if (ImpactRequirements.meets(strongest, required)) {
			return;
		}
		String grade = JudgementFacts.gradeText(framework, judgement.getGrade());
		String message;
		if (strongest == null) {
			message = NLS.bind(RuleMessages.EvidenceForGrade_none,
					new Object[] { ElementLabels.label(judgement), grade, required.getLiteral() });
		} else if (strongest == ImpactEvidence.NONE) {
			message = NLS.bind(RuleMessages.EvidenceForGrade_noImpact,
					new Object[] { ElementLabels.label(judgement), grade, required.getLiteral() });
		} else {
			message = NLS.bind(RuleMessages.EvidenceForGrade_weak, new Object[] { ElementLabels.label(judgement), grade,
					required.getLiteral(), strongest.getLiteral() });
		}
		context.report(Severity.WARNING, judgement, message);
	}
}
