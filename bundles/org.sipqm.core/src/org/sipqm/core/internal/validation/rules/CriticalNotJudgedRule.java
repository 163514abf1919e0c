package org.sipqm.core.internal.validation.rules;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;

/**
 * Once a termly review (schedule 1) or an LA self-evaluation (schedule 4) is agreed or published,
 * every critical criterion of its schedule must have a graded judgement. A criterion without a
 * judgement, with no grade or marked as not evaluated counts as not judged. Headteacher
 * discussions and joint visits are not checked: they answer questions or address only what the
 * visit covers.
 */
public class CriticalNotJudgedRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.CRITERION_CRITICAL_NOT_JUDGED;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return (element instanceof TermlyReview || element instanceof LASelfEvaluation)
				&& JudgementFacts.isAgreed((Evaluation) element);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Evaluation evaluation = (Evaluation) element;
		int number = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkLookup.schedule(context.frameworkOf(evaluation), number);
		if (schedule.isEmpty()) {
			return;
		}

		Map<String, Judgement> judgements = CriticalCriteria.judgementsByCode(evaluation, number);
		for (Criterion criterion : CriticalCriteria.of(schedule.get())) {
			Judgement judgement = judgements.get(criterion.getCode());
			if (judgement == null || !JudgementFacts.isGraded(judgement)) {
				EObject subject = judgement == null ? evaluation : judgement;
				context.report(Severity.ERROR, subject, NLS.bind(RuleMessages.CriticalNotJudged, new Object[] {
						criterion.getCode(), number, ElementLabels.label(evaluation), evaluation.getStatus().getLiteral() }));
			}
		}
	}
}
