package org.sipqm.export.internal.document;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Parts.Field;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.organisation.School;

/** Builds the header fields of an evaluation document: who, where, when and in what state. */
final class EvaluationHeaders {

	private EvaluationHeaders() {
	}

	static List<Field> fields(Evaluation evaluation) {
		List<Field> fields = new ArrayList<>();
		add(fields, Messages.Header_localAuthority, Labels.authority(evaluation.getLocalAuthority()));
		School school = switch (evaluation) {
		case HeadteacherDiscussion discussion -> discussion.getSchool();
		case ShadowVisit visit -> visit.getSchool();
		default -> null;
		};
		if (school != null && !school.eIsProxy()) {
			add(fields, Messages.Header_school, Labels.school(school));
			add(fields, Messages.Header_headteacher, Labels.person(school.getHeadteacher()));
		}
		add(fields, Messages.Header_term, NLS.bind(Messages.Header_termValue, SipqmLabels.term(evaluation.getTerm()),
				evaluation.getAcademicYear()));
		add(fields, Messages.Header_date, Labels.date(evaluation.getDate()));
		add(fields, Messages.Header_author, Labels.person(evaluation.getAuthor()));
		add(fields, Messages.Header_status, SipqmLabels.status(evaluation.getStatus()));

		if (evaluation instanceof ShadowVisit visit) {
			addVisit(fields, visit);
		} else if (evaluation instanceof HeadteacherDiscussion discussion) {
			addDiscussion(fields, discussion);
		}
		return fields;
	}

	private static void addVisit(List<Field> fields, ShadowVisit visit) {
		add(fields, Messages.Header_partner, Labels.person(visit.getPartner()));
		add(fields, Messages.Header_supportLevel, SipqmLabels.support(visit.getSupportLevel()));
		add(fields, Messages.Header_summaryToHeadteacher, Labels.yesNo(visit.isSummaryToHeadteacher()));
		add(fields, Messages.Header_summaryToLA, Labels.yesNo(visit.isSummaryToLA()));
	}

	private static void addDiscussion(List<Field> fields, HeadteacherDiscussion discussion) {
		add(fields, Messages.Header_mode, discussion.getMode() == DiscussionMode.TELEPHONE_CALL
				? Messages.Header_telephoneCall : Messages.Header_schoolVisit);
		String consulted = Labels.yesNo(discussion.isLaConsulted());
		if (discussion.isLaConsulted() && discussion.getLaConsultedOn() != null) {
			consulted = NLS.bind(Messages.Header_consultedOn, consulted, Labels.date(discussion.getLaConsultedOn()));
		}
		add(fields, Messages.Header_laConsulted, consulted);
		add(fields, Messages.Header_sipInformed, Labels.yesNo(discussion.isSipInformed()));
		add(fields, Messages.Header_feedbackToLA, Labels.yesNo(discussion.isFeedbackToLA()));
		add(fields, Messages.Header_feedbackToSIP, Labels.yesNo(discussion.isFeedbackToSIP()));
	}

	private static void add(List<Field> fields, String label, String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(label, Texts.clean(value)));
		}
	}
}
