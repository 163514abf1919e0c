package org.sipqm.evidence.browser.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceGap;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

/** The text of the evidence browser's cells and choices. */
final class EvidenceLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private EvidenceLabels() {
	}

	static String kind(EvidenceKind kind) {
		if (kind == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (kind) {
		case DOCUMENT -> Messages.Kind_document;
		case MEETING_RECORD -> Messages.Kind_meetingRecord;
		case OBSERVATION -> Messages.Kind_observation;
		case DATA -> Messages.Kind_data;
		case DISCUSSION -> Messages.Kind_discussion;
		case SIP_REPORT -> Messages.Kind_sipReport;
		case OTHER -> Messages.Kind_other;
		};
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	static String term(Term term, String academicYear) {
		return term == null ? academicYear : NLS.bind(Messages.Filter_termValue, SipqmLabels.term(term), academicYear);
	}

	static String impact(ImpactEvidence impact) {
		return impact == null ? Messages.Gap_noneLinked : SipqmLabels.impact(impact);
	}

	static String grade(Grade grade) {
		return grade == null ? "" : SipqmLabels.grade(grade); //$NON-NLS-1$
	}

	static String criteria(EvidenceEntry entry) {
		return String.join(", ", entry.criteria()); //$NON-NLS-1$
	}

	static String judgements(EvidenceEntry entry) {
		return entry.judgements().stream().map(EvidenceLabels::judgement).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String judgement(Judgement judgement) {
		String code = SipqmLabels.criterionCode(judgement.getCriterion());
		if (judgement.isNotEvaluated() || judgement.getGrade() == null || judgement.getGrade() == Grade.NOT_JUDGED) {
			return NLS.bind(Messages.Judgement_notEvaluated, code);
		}
		return NLS.bind(Messages.Judgement_value, code, judgement.getGrade().getValue());
	}

	static String gapKind(EvidenceGap gap) {
		return gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK ? Messages.Gap_tooWeak : Messages.Gap_noEvidence;
	}

	static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}
}
