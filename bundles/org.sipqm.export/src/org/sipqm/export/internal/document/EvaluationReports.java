package org.sipqm.export.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.core.redaction.WithheldNotice;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Parts.ActionEntry;
import org.sipqm.export.internal.document.Parts.ActionsPart;
import org.sipqm.export.internal.document.Parts.EvidenceEntry;
import org.sipqm.export.internal.document.Parts.EvidencePart;
import org.sipqm.export.internal.document.Parts.EvidenceReference;
import org.sipqm.export.internal.document.Parts.Field;
import org.sipqm.export.internal.document.Parts.GradeCount;
import org.sipqm.export.internal.document.Parts.GradeSummaryPart;
import org.sipqm.export.internal.document.Parts.JudgementEntry;
import org.sipqm.export.internal.document.Parts.JudgementsPart;
import org.sipqm.export.internal.document.Parts.Part;
import org.sipqm.export.internal.document.Parts.ResponseEntry;
import org.sipqm.export.internal.document.Parts.ResponsesPart;
import org.sipqm.export.internal.document.Parts.SectionGradeEntry;
import org.sipqm.export.internal.document.Parts.SectionGradesPart;
import org.sipqm.export.internal.document.Parts.TextPart;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;

/**
 * Builds the document model of a note of visit, a termly report or a headteacher discussion
 * summary from an evaluation that the redaction service has already made fit for the audience.
 */
public final class EvaluationReports {

	/** The kinds of evaluation document. */
	public enum Kind {
		/** A note of visit after a joint visit (schedule 3) or an LA self-evaluation (schedule 4). */
		NOTE_OF_VISIT,
		/** The co-ordinator's termly report on the LA's processes (schedule 1). */
		TERMLY_REPORT,
		/** A summary of a discussion with a headteacher (schedule 2). */
		DISCUSSION_SUMMARY
	}

	private EvaluationReports() {
	}

	/** Returns the document model of the kind for the redacted evaluation. */
	public static EvaluationReport build(Kind kind, RedactedEvaluation redacted, Audience audience, LocalDate producedOn) {
		Evaluation evaluation = redacted.evaluation();
		List<Part> parts = switch (kind) {
		case NOTE_OF_VISIT -> noteOfVisitParts(evaluation);
		case TERMLY_REPORT -> termlyReportParts(evaluation);
		case DISCUSSION_SUMMARY -> discussionParts(evaluation);
		};
		List<String> withheld = redacted.withheld().stream().map(WithheldNotice::message).map(Texts::clean).toList();
		return new EvaluationReport(title(kind), Texts.clean(SipqmLabels.evaluation(evaluation)),
				EvaluationHeaders.fields(evaluation), audienceNote(audience), audience == Audience.SHARED, withheld,
				parts, Labels.date(producedOn));
	}

	/** Returns the line that names the audience of a document. */
	public static String audienceNote(Audience audience) {
		return audience == Audience.SHARED ? Messages.Document_sharedNote : Messages.Document_internalNote;
	}

	private static String title(Kind kind) {
		return switch (kind) {
		case NOTE_OF_VISIT -> Messages.Document_noteOfVisitTitle;
		case TERMLY_REPORT -> Messages.Document_termlyReportTitle;
		case DISCUSSION_SUMMARY -> Messages.Document_discussionSummaryTitle;
		};
	}

	private static List<Part> noteOfVisitParts(Evaluation evaluation) {
		List<Part> parts = new ArrayList<>();
		if (evaluation instanceof ShadowVisit visit) {
			addText(parts, "purpose", Messages.Document_purpose, visit.getPurpose());
		}
		parts.add(noteOfVisit(evaluation.getNoteOfVisit()));
		if (evaluation instanceof ShadowVisit visit && !visit.getProtocolChecks().isEmpty()) {
			parts.add(ProtocolParts.of(visit));
		}
		addJudgements(parts, evaluation);
		parts.add(evidence(evaluation));
		return parts;
	}

	private static List<Part> termlyReportParts(Evaluation evaluation) {
		List<Part> parts = new ArrayList<>();
		if (evaluation instanceof TermlyReview review) {
			addText(parts, "strengths", Messages.Document_strengths, review.getStrengthsForDissemination());
			addText(parts, "areas", Messages.Document_areas, review.getAreasForImprovement());
		}
		addJudgements(parts, evaluation);
		if (evaluation.getNoteOfVisit() != null) {
			parts.add(noteOfVisit(evaluation.getNoteOfVisit()));
		}
		parts.add(evidence(evaluation));
		return parts;
	}

	private static List<Part> discussionParts(Evaluation evaluation) {
		List<Part> parts = new ArrayList<>();
		if (evaluation instanceof HeadteacherDiscussion discussion) {
			List<Response> responses = discussion.getResponses();
			if (!responses.isEmpty()) {
				parts.add(new ResponsesPart("responses", Messages.Document_responses,
						Criteria.group(responses, Response::getCriterion, EvaluationReports::response, "responses-")));
			}
			addText(parts, "benefits", Messages.Document_overallBenefits, discussion.getOverallBenefits());
			addText(parts, "strengths", Messages.Document_strengths, discussion.getStrengthsForDissemination());
			addText(parts, "areas", Messages.Document_areas, discussion.getAreasForImprovement());
		}
		if (evaluation.getNoteOfVisit() != null) {
			parts.add(noteOfVisit(evaluation.getNoteOfVisit()));
		}
		addJudgements(parts, evaluation);
		parts.add(evidence(evaluation));
		return parts;
	}

	private static void addText(List<Part> parts, String anchor, String heading, String text) {
		String cleaned = Texts.cleanOrNull(text);
		if (cleaned != null) {
			parts.add(new TextPart(anchor, heading, cleaned));
		}
	}

	private static void addJudgements(List<Part> parts, Evaluation evaluation) {
		if (evaluation instanceof LASelfEvaluation selfEvaluation && !selfEvaluation.getSectionJudgements().isEmpty()) {
			parts.add(new SectionGradesPart("section-judgements", Messages.Document_sectionJudgements,
					selfEvaluation.getSectionJudgements().stream().map(EvaluationReports::sectionGrade).toList()));
		}
		List<Judgement> judgements = evaluation.getJudgements();
		if (judgements.isEmpty()) {
			return;
		}
		parts.add(gradeSummary(judgements));
		parts.add(new JudgementsPart("judgements", Messages.Document_judgements,
				Criteria.group(judgements, Judgement::getCriterion, EvaluationReports::judgement, "judgements-")));
	}

	private static GradeSummaryPart gradeSummary(List<Judgement> judgements) {
		Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
		int notEvaluated = 0;
		for (Judgement judgement : judgements) {
			if (judgement.isNotEvaluated()) {
				notEvaluated++;
			} else {
				counts.merge(judgement.getGrade() == null ? Grade.NOT_JUDGED : judgement.getGrade(), 1, Integer::sum);
			}
		}
		List<GradeCount> grades = new ArrayList<>();
		for (Grade grade : Grade.VALUES) {
			grades.add(new GradeCount(Labels.grade(grade), Labels.gradeClass(grade), counts.getOrDefault(grade, 0)));
		}
		return new GradeSummaryPart("grades", Messages.Document_gradeSummary, grades, notEvaluated);
	}

	private static JudgementEntry judgement(Judgement judgement) {
		var criterion = Criteria.find(judgement.getCriterion());
		String statement = criterion.map(found -> withOrigin(Texts.clean(found.getStatement()), found))
				.orElse(NLS.bind(Messages.Document_unknownCriterion, judgement.getCriterion()));
		boolean critical = criterion.map(found -> found.isCritical()).orElse(false);
		return new JudgementEntry(Criteria.code(judgement.getCriterion()), statement, critical,
				Labels.grade(judgement.getGrade()), Labels.gradeClass(judgement.getGrade()), judgement.isNotEvaluated(),
				Texts.cleanOrNull(judgement.getRationale()), references(judgement.getEvidence()));
	}

	private static SectionGradeEntry sectionGrade(SectionJudgement judgement) {
		return new SectionGradeEntry(Texts.clean(judgement.getSection()), SectionTitles.of(judgement),
				Labels.grade(judgement.getGrade()), Labels.gradeClass(judgement.getGrade()),
				Texts.cleanOrNull(judgement.getRationale()));
	}

	private static ResponseEntry response(Response response) {
		String statement = Criteria.find(response.getCriterion()).map(found -> withOrigin(Texts.clean(found.getStatement()), found))
				.orElse(NLS.bind(Messages.Document_unknownCriterion, response.getCriterion()));
		return new ResponseEntry(Criteria.code(response.getCriterion()), statement, Texts.cleanOrNull(response.getAnswer()),
				Texts.cleanOrNull(response.getExample()), Texts.cleanOrNull(response.getImpact()),
				references(response.getEvidence()));
	}

	/** Appends where a local criterion came from; national criteria print as they are. */
	private static String withOrigin(String statement, org.sipqm.model.framework.Criterion criterion) {
		String origin = org.sipqm.model.edit.SipqmLabels.origin(criterion.getOrigin());
		return origin == null ? statement : statement + " [" + origin + "]";
	}

	private static List<EvidenceReference> references(List<EvidenceItem> items) {
		return items.stream().map(item -> new EvidenceReference(title(item), details(item))).toList();
	}

	private static ActionsPart noteOfVisit(NoteOfVisit note) {
		String heading = Messages.Document_noteOfVisit;
		if (note == null) {
			return new ActionsPart("note-of-visit", heading, null, null, null, List.of());
		}
		List<ActionEntry> actions = note.getActions().stream().map(EvaluationReports::action).toList();
		return new ActionsPart("note-of-visit", heading, Labels.date(note.getDate()),
				Texts.cleanOrNull(note.getStrengthsForDissemination()), Texts.cleanOrNull(note.getAreasForImprovement()),
				actions);
	}

	private static ActionEntry action(Action action) {
		return new ActionEntry(Texts.clean(orEmpty(action.getDescription())), Texts.cleanOrNull(action.getOwner()),
				Labels.date(action.getDueDate()), Labels.actionStatus(action.getStatus()));
	}

	private static EvidencePart evidence(Evaluation evaluation) {
		List<EvidenceEntry> items = evaluation.getEvidence().stream()
				.map(item -> new EvidenceEntry(title(item), Labels.evidenceKind(item.getKind()), Labels.date(item.getDate()),
						Texts.cleanOrNull(item.getSource()), SipqmLabels.impact(item.getImpact()),
						Texts.cleanOrNull(item.getDescription())))
				.toList();
		return new EvidencePart("evidence", Messages.Document_evidence, items);
	}

	private static String title(EvidenceItem item) {
		String title = Texts.cleanOrNull(item.getTitle());
		return title == null ? Messages.Document_untitledEvidence : title;
	}

	private static String details(EvidenceItem item) {
		List<String> details = new ArrayList<>();
		details.add(Labels.evidenceKind(item.getKind()));
		if (item.getDate() != null) {
			details.add(Labels.date(item.getDate()));
		}
		details.add(SipqmLabels.impact(item.getImpact()));
		return String.join(", ", details);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
