package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;

/**
 * The joint-visit protocol sends the written summary of the visit to both the headteacher and the
 * LA. The rule checks a visit once its written summary is recorded as done, under the step code
 * {@value #WRITTEN_SUMMARY_STEP}, or once the visit is agreed.
 */
public class WrittenSummaryRule implements ElementRule {

	/** The code of the national protocol step for the written summary. */
	static final String WRITTEN_SUMMARY_STEP = "written-summary";

	@Override
	public String id() {
		return RuleIds.JOINT_VISIT_SUMMARY;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof ShadowVisit visit && (!visit.isSummaryToHeadteacher() || !visit.isSummaryToLA())
				&& (JudgementFacts.isAgreed(visit) || summaryDone(visit));
	}

	@Override
	public void check(EObject element, RuleContext context) {
		ShadowVisit visit = (ShadowVisit) element;
		String label = ElementLabels.label(visit);
		String message;
		if (!visit.isSummaryToHeadteacher() && !visit.isSummaryToLA()) {
			message = NLS.bind(RuleMessages.Summary_neither, label);
		} else {
			String sentTo = visit.isSummaryToHeadteacher() ? RuleMessages.Summary_headteacher
					: RuleMessages.Summary_localAuthority;
			String missing = visit.isSummaryToHeadteacher() ? RuleMessages.Summary_localAuthority
					: RuleMessages.Summary_headteacher;
			message = NLS.bind(RuleMessages.Summary_only, new Object[] { label, sentTo, missing });
		}
		context.report(Severity.ERROR, visit, message);
	}

	private static boolean summaryDone(ShadowVisit visit) {
		for (ProtocolCheck check : visit.getProtocolChecks()) {
			if (check.isDone() && check.getStep() != null && check.getStep().strip().equals(WRITTEN_SUMMARY_STEP)) {
				return true;
			}
		}
		return false;
	}
}
