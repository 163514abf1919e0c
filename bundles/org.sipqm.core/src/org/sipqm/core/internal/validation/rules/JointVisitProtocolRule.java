package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;
import java.util.List;
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
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;

/**
 * Before a joint visit is agreed, every step of its schedule's protocols must be recorded as done,
 * with the date it was done, on or before the date the visit was agreed. In edition 1 the steps
 * are: school chosen with the LA, headteacher's permission, purpose and timing agreed with
 * notice, oral feedback to the SIP and a written summary to the headteacher and the LA. The
 * agreement date comes from the latest status change to agreed; without one the step dates are
 * not compared with it.
 */
public class JointVisitProtocolRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.JOINT_VISIT_PROTOCOL;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof ShadowVisit visit && JudgementFacts.isAgreed(visit);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		ShadowVisit visit = (ShadowVisit) element;
		Optional<Schedule> schedule = FrameworkLookup.schedule(context.frameworkOf(visit), Evaluations.scheduleOf(visit));
		if (schedule.isEmpty()) {
			return;
		}
		LocalDate agreedOn = JudgementFacts.agreedOn(visit);
		String label = ElementLabels.label(visit);
		String status = visit.getStatus().getLiteral();

		for (ProtocolStep step : steps(schedule.get())) {
			ProtocolCheck check = find(visit, step.getCode());
			String stepText = stepText(step);
			if (check == null || !check.isDone()) {
				context.report(Severity.ERROR, check == null ? visit : check,
						NLS.bind(RuleMessages.Protocol_notDone, new Object[] { label, status, stepText }));
			} else if (check.getDate() == null) {
				context.report(Severity.ERROR, check,
						NLS.bind(RuleMessages.Protocol_notDated, new Object[] { label, status, stepText }));
			} else if (agreedOn != null && check.getDate().isAfter(agreedOn)) {
				context.report(Severity.ERROR, check, NLS.bind(RuleMessages.Protocol_afterAgreement, new Object[] {
						label, stepText, EvaluationDates.format(check.getDate()), EvaluationDates.format(agreedOn) }));
			}
		}
	}

	private static List<ProtocolStep> steps(Schedule schedule) {
		return schedule.getProtocols().stream().flatMap(protocol -> protocol.getSteps().stream()).toList();
	}

	private static ProtocolCheck find(ShadowVisit visit, String code) {
		for (ProtocolCheck check : visit.getProtocolChecks()) {
			if (check.getStep() != null && check.getStep().strip().equals(code)) {
				return check;
			}
		}
		return null;
	}

	/** Returns the step's text without the list punctuation it has in the framework, or its code when it has none. */
	static String stepText(ProtocolStep step) {
		String text = step.getText();
		if (text == null || text.isBlank()) {
			return step.getCode();
		}
		String stripped = text.strip();
		while (!stripped.isEmpty() && ";,.:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		return stripped;
	}
}
