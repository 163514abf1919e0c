package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;

/** A judgement or response must name a criterion of the schedule its evaluation records. */
public class CriterionScheduleRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.CRITERION_WRONG_SCHEDULE;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return CriterionReferences.recordsCriterion(element);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Optional<CriterionUri> uri = CriterionReferences.parse(element);
		Evaluation evaluation = Evaluations.containing(element);
		if (uri.isEmpty() || evaluation == null) {
			return;
		}

		int schedule = Evaluations.scheduleOf(evaluation);
		if (uri.get().schedule() != schedule) {
			context.report(Severity.ERROR, element, NLS.bind(Messages.Rule_criterionWrongSchedule, new Object[] {
					ElementLabels.label(element), uri.get().schedule(), ElementLabels.label(evaluation), schedule }));
		}
	}
}
