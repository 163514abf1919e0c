package org.sipqm.ui.internal.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;

/**
 * The sections that only schedules 2 and 3 have: the protocol of a headteacher discussion, and
 * the support level, purpose and protocol checks of a joint visit.
 */
final class VisitSections {

	private VisitSections() {
	}

	/** Adds the protocol flags and the overall benefits of a headteacher discussion (schedule 2). */
	static void discussion(FormBlocks blocks, Composite body, HeadteacherDiscussion discussion) {
		Composite client = blocks.section(body, Messages.Evaluation_protocolSection, 1, 1);
		Composite fields = blocks.fields(client, 1);

		blocks.field(fields, Messages.Evaluation_mode, discussion.getMode() == DiscussionMode.TELEPHONE_CALL
				? Messages.Evaluation_modeCall
				: Messages.Evaluation_modeVisit);
		String consulted = discussion.isLaConsulted() && discussion.getLaConsultedOn() != null
				? NLS.bind(Messages.Evaluation_yesOn, FormStyle.date(discussion.getLaConsultedOn()))
				: FormStyle.yesNo(discussion.isLaConsulted());
		blocks.field(fields, Messages.Evaluation_laConsulted, consulted);
		blocks.field(fields, Messages.Evaluation_sipInformed, FormStyle.yesNo(discussion.isSipInformed()));
		blocks.field(fields, Messages.Evaluation_feedbackToLA, FormStyle.yesNo(discussion.isFeedbackToLA()));
		blocks.field(fields, Messages.Evaluation_feedbackToSIP, FormStyle.yesNo(discussion.isFeedbackToSIP()));
		blocks.field(fields, Messages.Evaluation_overallBenefits, discussion.getOverallBenefits());
	}

	/** Adds the support level, purpose, protocol checks and written summaries of a joint visit (schedule 3). */
	static void shadowVisit(FormBlocks blocks, Composite body, ShadowVisit visit, Optional<Schedule> schedule) {
		Composite client = blocks.section(body, Messages.Evaluation_jointVisitSection, 1, 1);
		Composite fields = blocks.fields(client, 1);

		blocks.field(fields, Messages.Evaluation_supportLevel, SipqmLabels.support(visit.getSupportLevel()));
		blocks.field(fields, Messages.Evaluation_purpose, visit.getPurpose());
		blocks.field(fields, Messages.Evaluation_protocolChecks, protocolChecks(visit, schedule));
		blocks.field(fields, Messages.Evaluation_summaryToHeadteacher, FormStyle.yesNo(visit.isSummaryToHeadteacher()));
		blocks.field(fields, Messages.Evaluation_summaryToLA, FormStyle.yesNo(visit.isSummaryToLA()));
	}

	/**
	 * Lists the steps of the schedule's protocols in framework order with the check recorded for
	 * each, then any checks of steps that the framework does not have.
	 */
	private static RichText protocolChecks(ShadowVisit visit, Optional<Schedule> schedule) {
		List<ProtocolCheck> unmatched = new ArrayList<>(visit.getProtocolChecks());
		RichText text = new RichText();
		List<Protocol> protocols = schedule.<List<Protocol>>map(Schedule::getProtocols).orElse(List.of());
		for (Protocol protocol : protocols) {
			for (ProtocolStep step : protocol.getSteps()) {
				Optional<ProtocolCheck> check = unmatched.stream()
						.filter(candidate -> step.getCode().equals(candidate.getStep()))
						.findFirst();
				check.ifPresent(unmatched::remove);
				text.line().bold(step.getText()).line();
				appendCheck(text, check);
			}
		}
		for (ProtocolCheck check : unmatched) {
			text.line().bold(NLS.bind(Messages.Evaluation_unknownStep, check.getStep())).line();
			appendCheck(text, Optional.of(check));
		}
		return text.isEmpty() ? text.plain(Messages.Evaluation_notRecorded) : text;
	}

	private static void appendCheck(RichText text, Optional<ProtocolCheck> check) {
		if (check.isEmpty()) {
			text.styled(Messages.Evaluation_checkNotRecorded, FormStyle.MUTED, false);
			return;
		}
		ProtocolCheck recorded = check.get();
		if (recorded.isDone()) {
			text.styled(NLS.bind(Messages.Evaluation_checkDone, FormStyle.date(recorded.getDate())), FormStyle.STRONG, true);
		} else {
			text.styled(Messages.Evaluation_checkNotDone, FormStyle.WEAK, true);
		}
		if (recorded.getNote() != null && !recorded.getNote().isBlank()) {
			text.plain(" " + recorded.getNote()); //$NON-NLS-1$
		}
	}
}
