package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.HeadteacherDiscussion;

/**
 * The protocol of schedule 2 has the LA consulted on SIPCo school visits and telephone calls
 * before they happen. A visit or call is checked once its date has come: it must record that the
 * LA was consulted, and on a date no later than the visit or call. Discussions without a date, or
 * dated after the day of the validation, are still being planned and are not checked.
 */
public class LaConsultedRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.DISCUSSION_LA_NOT_CONSULTED;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof HeadteacherDiscussion discussion && discussion.getDate() != null;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		HeadteacherDiscussion discussion = (HeadteacherDiscussion) element;
		LocalDate date = discussion.getDate();
		if (date.isAfter(context.today())) {
			return;
		}
		String label = ElementLabels.label(discussion);
		String when = EvaluationDates.format(date);

		if (!discussion.isLaConsulted()) {
			context.report(Severity.WARNING, discussion, NLS.bind(RuleMessages.LaConsulted_notRecorded, label, when));
		} else if (discussion.getLaConsultedOn() == null) {
			context.report(Severity.WARNING, discussion, NLS.bind(RuleMessages.LaConsulted_undated, label, when));
		} else if (discussion.getLaConsultedOn().isAfter(date)) {
			context.report(Severity.WARNING, discussion, NLS.bind(RuleMessages.LaConsulted_after,
					new Object[] { label, EvaluationDates.format(discussion.getLaConsultedOn()), when }));
		}
	}
}
