package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.School;

/**
 * Makes evidence items for judgements and responses. The evidence of impact is consistent with
 * the grade most of the time: grade 1 has substantial evidence, grade 2 at least emerging. A few
 * judgements are given deliberately weaker evidence, so that the rule on evidence of impact has
 * cases to find.
 */
final class EvidenceMaker {

	/** Chance that a grade 1 or 2 judgement gets evidence too weak for its grade. */
	static final double INCONSISTENT_CHANCE = 0.02;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
	private static final List<EvidenceKind> JUDGEMENT_KINDS = List.of(EvidenceKind.DOCUMENT,
			EvidenceKind.MEETING_RECORD, EvidenceKind.DATA, EvidenceKind.SIP_REPORT, EvidenceKind.DISCUSSION,
			EvidenceKind.OBSERVATION, EvidenceKind.OTHER);

	private final TermPlan plan;

	EvidenceMaker(TermPlan plan) {
		this.plan = plan;
	}

	/**
	 * Adds new evidence items for a judgement to the evaluation and returns them.
	 *
	 * @param sensitive whether the criterion concerns individual performance, which makes items
	 *                  that concern an individual likelier
	 */
	List<EvidenceItem> forGrade(Evaluation evaluation, Grade grade, boolean sensitive) throws IOException {
		int count = plan.random.between(plan.profile.minEvidencePerJudgement(), plan.profile.maxEvidencePerJudgement());
		boolean inconsistent = (grade == Grade.OUTSTANDING || grade == Grade.GOOD)
				&& plan.random.chance(INCONSISTENT_CHANCE);

		List<EvidenceItem> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ImpactEvidence impact = inconsistent ? ImpactEvidence.NONE : impact(grade, i == 0);
			EvidenceKind kind = plan.random.pick(JUDGEMENT_KINDS);
			items.add(add(evaluation, kind, impact, sensitive && plan.random.chance(0.15)));
		}
		return items;
	}

	/** Adds one evidence item of the kind and impact to the evaluation and returns it. */
	EvidenceItem add(Evaluation evaluation, EvidenceKind kind, ImpactEvidence impact, boolean concernsIndividual)
			throws IOException {
		LocalDate date = plan.random.weekday(plan.teachingWeeks().first(), evaluation.getDate());
		School school = plan.random.pick(plan.la().getSchools());

		Map<String, String> values = new HashMap<>();
		values.put("school", school.getName());
		values.put("month", MONTH.format(date));
		values.put("n", Integer.toString(plan.random.between(3, 8)));

		EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
		item.setId(String.format(Locale.ROOT, "%s-e%03d", evaluation.getId(), evaluation.getEvidence().size() + 1));
		item.setTitle(plan.phrase("evidence-" + kind.getLiteral(), values));
		item.setKind(kind);
		item.setDate(date);
		item.setSource(plan.phrases.pick("evidence-source-" + kind.getLiteral(), plan.random));
		item.setDescription(plan.phrases.pick("evidence-description-" + impact.getLiteral(), plan.random));
		item.setImpact(impact);
		item.setConcernsIndividual(concernsIndividual || plan.random.chance(0.003));
		evaluation.getEvidence().add(item);

		if (attachable(kind) && plan.random.chance(plan.profile.attachmentChance())) {
			item.setAttachment(writeAttachment(item));
		}
		return item;
	}

	private ImpactEvidence impact(Grade grade, boolean first) {
		double draw = plan.random.fraction();
		return switch (grade) {
		case OUTSTANDING -> first || draw < 0.6 ? ImpactEvidence.SUBSTANTIAL : ImpactEvidence.EMERGING;
		case GOOD -> first ? (draw < 0.3 ? ImpactEvidence.SUBSTANTIAL : ImpactEvidence.EMERGING)
				: (draw < 0.5 ? ImpactEvidence.EMERGING : ImpactEvidence.NONE);
		case REQUIRES_SOME_IMPROVEMENT -> draw < 0.4 ? ImpactEvidence.EMERGING : ImpactEvidence.NONE;
		default -> ImpactEvidence.NONE;
		};
	}

	private static boolean attachable(EvidenceKind kind) {
		return kind == EvidenceKind.DOCUMENT || kind == EvidenceKind.MEETING_RECORD || kind == EvidenceKind.SIP_REPORT;
	}

	private String writeAttachment(EvidenceItem item) throws IOException {
		String name = plan.la().getId() + "/" + plan.year.folderName() + "/" + item.getId() + ".txt";
		String text = item.getTitle() + "\n\n" + "Date: " + item.getDate() + "\n" + "Source: " + item.getSource()
				+ "\n\n" + item.getDescription() + "\n";
		return plan.workspace.saveAttachment(name, text.getBytes(StandardCharsets.UTF_8));
	}
}
