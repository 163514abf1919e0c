package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.framework.Schedule;

/** A protocol check must name a step of a protocol of the schedule that its evaluation records. */
public class ProtocolStepRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.PROTOCOL_UNKNOWN_STEP;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof ProtocolCheck;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		ProtocolCheck check = (ProtocolCheck) element;
		Evaluation evaluation = Evaluations.containing(check);
		String step = check.getStep();
		if (evaluation == null || step == null || step.isBlank()) {
			return;
		}

		int number = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkLookup.schedule(context.frameworkOf(evaluation), number);
		boolean known = schedule.isEmpty() || schedule.get().getProtocols().stream()
				.flatMap(protocol -> protocol.getSteps().stream())
				.anyMatch(candidate -> step.strip().equals(candidate.getCode()));
		if (!known) {
			context.report(Severity.ERROR, element, NLS.bind(Messages.Rule_protocolUnknownStep,
					new Object[] { ElementLabels.label(element), step, number }));
		}
	}
}
