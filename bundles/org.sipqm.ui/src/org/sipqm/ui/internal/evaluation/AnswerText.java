package org.sipqm.ui.internal.evaluation;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;

/**
 * The text beside a criterion: its judgements with grade, rationale and linked evidence, and its
 * responses with answer, example, impact and evidence. Evidence that concerns an individual is
 * marked as restricted, because it must stay out of anything shared with stakeholders.
 */
final class AnswerText {

	private AnswerText() {
	}

	static void judgement(RichText text, Judgement judgement) {
		text.paragraph();
		if (judgement.isNotEvaluated()) {
			text.styled(Messages.Evaluation_notEvaluated, FormStyle.MUTED, true);
		} else {
			text.styled(SipqmLabels.grade(judgement.getGrade()), FormStyle.gradeColour(judgement.getGrade()), true);
		}
		if (judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
			text.line().plain(judgement.getRationale());
		}
		evidence(text, judgement.getEvidence());
	}

	static void sectionJudgement(RichText text, SectionJudgement judgement) {
		text.bold(Messages.Evaluation_sectionJudgement).plain(" ") //$NON-NLS-1$
				.styled(SipqmLabels.grade(judgement.getGrade()), FormStyle.gradeColour(judgement.getGrade()), true);
		if (judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
			text.line().plain(judgement.getRationale());
		}
	}

	static void response(RichText text, Response response) {
		text.paragraph();
		labelled(text, Messages.Evaluation_answer, response.getAnswer());
		labelled(text, Messages.Evaluation_example, response.getExample());
		labelled(text, Messages.Evaluation_impact, response.getImpact());
		if (response.isConcernsIndividual()) {
			text.line().styled(Messages.Evaluation_restricted, FormStyle.RESTRICTED, true);
		}
		evidence(text, response.getEvidence());
	}

	private static void labelled(RichText text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.line().bold(label).plain(" " + value); //$NON-NLS-1$
		}
	}

	private static void evidence(RichText text, List<EvidenceItem> items) {
		if (items.isEmpty()) {
			return;
		}
		text.line().bold(Messages.Evaluation_evidence);
		for (EvidenceItem item : items) {
			text.line().plain("\u2022 ").plain(SipqmLabels.text(item)); //$NON-NLS-1$
			text.styled(NLS.bind(Messages.Evaluation_evidenceDetails, new Object[] { kind(item.getKind()),
					FormStyle.date(item.getDate()), SipqmLabels.impact(item.getImpact()) }), FormStyle.MUTED, false);
			if (item.isConcernsIndividual()) {
				text.line().plain("  ").styled(Messages.Evaluation_restricted, FormStyle.RESTRICTED, true); //$NON-NLS-1$
			}
		}
	}

	static String kind(EvidenceKind kind) {
		return switch (kind) {
		case DOCUMENT -> Messages.Evaluation_kindDocument;
		case MEETING_RECORD -> Messages.Evaluation_kindMeetingRecord;
		case OBSERVATION -> Messages.Evaluation_kindObservation;
		case DATA -> Messages.Evaluation_kindData;
		case DISCUSSION -> Messages.Evaluation_kindDiscussion;
		case SIP_REPORT -> Messages.Evaluation_kindSipReport;
		case OTHER -> Messages.Evaluation_kindOther;
		case null -> Messages.Evaluation_kindOther;
		};
	}
}
