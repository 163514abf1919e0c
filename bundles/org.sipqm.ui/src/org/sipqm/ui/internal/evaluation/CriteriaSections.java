package org.sipqm.ui.internal.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * The sections of the evaluation's schedule in framework order. Each criterion, question or
 * prompt is shown with its code, statement and sub-items, and beside it what the evaluation
 * records for it. Judgements and responses on criteria that the schedule lacks follow in a
 * section of their own, so that nothing recorded is hidden.
 */
final class CriteriaSections {

	private final FormBlocks blocks;
	private final Evaluation evaluation;
	private final Map<String, List<Judgement>> judgements = new LinkedHashMap<>();
	private final Map<String, List<Response>> responses = new LinkedHashMap<>();

	CriteriaSections(FormBlocks blocks, Evaluation evaluation) {
		this.blocks = blocks;
		this.evaluation = evaluation;
		for (Judgement judgement : evaluation.getJudgements()) {
			judgements.computeIfAbsent(key(judgement.getCriterion()), unused -> new ArrayList<>()).add(judgement);
		}
		if (evaluation instanceof HeadteacherDiscussion discussion) {
			for (Response response : discussion.getResponses()) {
				responses.computeIfAbsent(key(response.getCriterion()), unused -> new ArrayList<>()).add(response);
			}
		}
	}

	void create(Composite body, Optional<Schedule> schedule, int scheduleNumber) {
		if (schedule.isEmpty()) {
			blocks.note(body, NLS.bind(Messages.Evaluation_scheduleMissing, scheduleNumber), 1);
		} else if (schedule.get().getSections().isEmpty()) {
			String missing = schedule.get().getMissingContent();
			blocks.note(body, missing == null || missing.isBlank() ? Messages.Evaluation_noSections
					: NLS.bind(Messages.Evaluation_missingContent, missing), 1);
		} else {
			schedule.get().getSections().forEach(section -> section(body, section, 1));
		}
		unmatched(body, scheduleNumber);
	}

	private void section(Composite parent, Section section, int span) {
		Composite client = blocks.section(parent, SipqmLabels.text(section), 2, span);
		sectionJudgement(section).ifPresent(judgement -> {
			RichText text = new RichText();
			AnswerText.sectionJudgement(text, judgement);
			StyledText block = blocks.block(client, text,
					NLS.bind(Messages.Evaluation_sectionJudgementName, section.getCode()), 2);
			blocks.register(block, List.of(judgement));
			blocks.diagnosticsBelow(client, List.of(judgement), false);
		});

		for (Criterion criterion : section.getCriteria()) {
			criterion(client, criterion);
		}
		for (Section subsection : section.getSubsections()) {
			section(client, subsection, 2);
		}
	}

	private void criterion(Composite client, Criterion criterion) {
		blocks.block(client, CriterionText.of(criterion),
				NLS.bind(Messages.Evaluation_criterionName, criterion.getCode()), 1);

		String key = FrameworkRegistry.criterionUri(criterion).toString();
		List<EObject> shown = shownElements(judgements.get(key), responses.get(key));
		RichText answer = answers(judgements.remove(key), responses.remove(key));
		if (answer.isEmpty()) {
			promptAnswer(criterion).ifPresent(answer::plain);
		}
		if (answer.isEmpty()) {
			answer.styled(nothingRecorded(criterion.getKind()), FormStyle.MUTED, false);
		}
		StyledText block = blocks.block(client, answer, NLS.bind(Messages.Evaluation_answerName, criterion.getCode()), 1);
		blocks.register(block, shown);
		blocks.diagnosticsBelow(client, shown, true);
	}

	/** Adds a section for the judgements and responses whose criterion is not in the schedule. */
	private void unmatched(Composite body, int scheduleNumber) {
		Set<String> keys = new LinkedHashSet<>(judgements.keySet());
		keys.addAll(responses.keySet());
		if (keys.isEmpty()) {
			return;
		}

		Composite client = blocks.section(body, NLS.bind(Messages.Evaluation_unmatchedSection, scheduleNumber), 2, 1);
		for (String key : keys) {
			String code = SipqmLabels.criterionCode(key);
			RichText criterion = new RichText().bold(code).line()
					.styled(NLS.bind(Messages.Evaluation_unknownCriterion, key), FormStyle.MUTED, false);
			blocks.block(client, criterion, NLS.bind(Messages.Evaluation_criterionName, code), 1);
			List<EObject> shown = shownElements(judgements.get(key), responses.get(key));
			StyledText block = blocks.block(client, answers(judgements.get(key), responses.get(key)),
					NLS.bind(Messages.Evaluation_answerName, code), 1);
			blocks.register(block, shown);
			blocks.diagnosticsBelow(client, shown, true);
		}
	}

	/**
	 * Returns the judgements and responses that one block shows, then the evidence items that they
	 * link, which have no block of their own.
	 */
	private static List<EObject> shownElements(List<Judgement> judgementsOfCriterion,
			List<Response> responsesOfCriterion) {
		List<EObject> shown = new ArrayList<>();
		List<EObject> evidence = new ArrayList<>();
		if (judgementsOfCriterion != null) {
			for (Judgement judgement : judgementsOfCriterion) {
				shown.add(judgement);
				evidence.addAll(judgement.getEvidence());
			}
		}
		if (responsesOfCriterion != null) {
			for (Response response : responsesOfCriterion) {
				shown.add(response);
				evidence.addAll(response.getEvidence());
			}
		}
		shown.addAll(evidence);
		return shown;
	}

	private static RichText answers(List<Judgement> judgementsOfCriterion, List<Response> responsesOfCriterion) {
		RichText text = new RichText();
		if (judgementsOfCriterion != null) {
			judgementsOfCriterion.forEach(judgement -> AnswerText.judgement(text, judgement));
		}
		if (responsesOfCriterion != null) {
			responsesOfCriterion.forEach(response -> AnswerText.response(text, response));
		}
		return text;
	}

	private Optional<SectionJudgement> sectionJudgement(Section section) {
		if (!(evaluation instanceof LASelfEvaluation selfEvaluation)) {
			return Optional.empty();
		}
		return selfEvaluation.getSectionJudgements().stream()
				.filter(judgement -> section.getCode().equals(judgement.getSection()))
				.findFirst();
	}

	/**
	 * Returns what the evaluation records for a prompt of section 3. For schedules 1 and 2 the
	 * model stores the text for "Particular strengths for dissemination" (3.1) and "Areas for
	 * improvement" (3.2) as attributes of the evaluation, not as responses.
	 */
	private Optional<String> promptAnswer(Criterion criterion) {
		if (criterion.getKind() != CriterionKind.PROMPT) {
			return Optional.empty();
		}
		String strengths;
		String areas;
		switch (evaluation) {
		case TermlyReview review -> {
			strengths = review.getStrengthsForDissemination();
			areas = review.getAreasForImprovement();
		}
		case HeadteacherDiscussion discussion -> {
			strengths = discussion.getStrengthsForDissemination();
			areas = discussion.getAreasForImprovement();
		}
		default -> {
			return Optional.empty();
		}
		}
		String text = switch (criterion.getCode()) {
		case "3.1" -> strengths; //$NON-NLS-1$
		case "3.2" -> areas; //$NON-NLS-1$
		default -> null;
		};
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
	}

	private static String nothingRecorded(CriterionKind kind) {
		return switch (kind) {
		case QUESTION -> Messages.Evaluation_noResponse;
		case PROMPT -> Messages.Evaluation_nothingRecorded;
		case STANDARD -> Messages.Evaluation_noJudgement;
		case null -> Messages.Evaluation_noJudgement;
		};
	}

	/** Returns the criterion URI in its canonical form, or the text unchanged when it is no valid URI. */
	private static String key(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).toString();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}
}
