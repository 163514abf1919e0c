package org.sipqm.ui.internal.evaluation;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.sipqm.core.Evaluations;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.framework.Schedule;

/**
 * The first section of the evaluation form: whom and when the evaluation is about, who wrote it,
 * its status with the history of status changes, and its file.
 */
final class HeaderSection {

	private HeaderSection() {
	}

	static void create(FormBlocks blocks, Composite body, Evaluation evaluation, Optional<Schedule> schedule,
			String file) {
		Composite client = blocks.section(body, Messages.Evaluation_headerSection, 1, 1);
		Composite fields = blocks.fields(client, 1);

		blocks.field(fields, Messages.Evaluation_localAuthority, References.label(evaluation.getLocalAuthority()));
		switch (evaluation) {
		case HeadteacherDiscussion discussion -> blocks.field(fields, Messages.Evaluation_school,
				References.label(discussion.getSchool()));
		case ShadowVisit visit -> {
			blocks.field(fields, Messages.Evaluation_school, References.label(visit.getSchool()));
			blocks.field(fields, Messages.Evaluation_partner, References.label(visit.getPartner()));
		}
		default -> {
			// Schedules 1 and 4 concern the local authority as a whole.
		}
		}
		blocks.field(fields, Messages.Evaluation_schedule, schedule.map(SipqmLabels::text)
				.orElse(NLS.bind(Messages.Evaluation_scheduleNumber, Evaluations.scheduleOf(evaluation))));
		blocks.field(fields, Messages.Evaluation_period, NLS.bind(Messages.Evaluation_periodValue,
				SipqmLabels.term(evaluation.getTerm()), FormStyle.orNotRecorded(evaluation.getAcademicYear())));
		blocks.field(fields, Messages.Evaluation_date, FormStyle.date(evaluation.getDate()));
		blocks.field(fields, Messages.Evaluation_author, References.label(evaluation.getAuthor()));
		blocks.field(fields, Messages.Evaluation_status, status(evaluation));
		blocks.field(fields, Messages.Evaluation_file, file);
	}

	private static RichText status(Evaluation evaluation) {
		RichText text = new RichText().bold(SipqmLabels.status(evaluation.getStatus()));
		for (StatusChange change : evaluation.getStatusChanges()) {
			text.line().styled(NLS.bind(Messages.Evaluation_statusChange, new Object[] { FormStyle.date(change.getDate()),
					SipqmLabels.status(change.getFrom()), SipqmLabels.status(change.getTo()),
					FormStyle.orNotRecorded(change.getBy()) }), FormStyle.MUTED, false);
			if (change.getReason() != null && !change.getReason().isBlank()) {
				text.styled(" " + change.getReason(), FormStyle.MUTED, false); //$NON-NLS-1$
			}
		}
		return text;
	}
}
