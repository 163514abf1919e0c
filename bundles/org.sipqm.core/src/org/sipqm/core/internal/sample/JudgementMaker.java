package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;

/** Makes criterion judgements with a rationale and evidence, for schedules 1 and 4. */
final class JudgementMaker {

	private static final double NOT_EVALUATED_CHANCE = 0.02;
	private static final double SHARED_EVIDENCE_CHANCE = 0.15;

	private final TermPlan plan;
	private final EvidenceMaker evidence;

	JudgementMaker(TermPlan plan) {
		this.plan = plan;
		this.evidence = new EvidenceMaker(plan);
	}

	/**
	 * Adds a judgement of each criterion to the evaluation and returns their grades in order.
	 *
	 * @param bias added to the mean grade; negative for an LA judging itself
	 */
	List<Grade> judgeAll(Evaluation evaluation, List<Criterion> criteria, double bias) throws IOException {
		List<Grade> grades = new ArrayList<>();
		for (Criterion criterion : criteria) {
			Judgement judgement = judge(evaluation, criterion, bias);
			evaluation.getJudgements().add(judgement);
			grades.add(judgement.getGrade());
		}
		return grades;
	}

	private Judgement judge(Evaluation evaluation, Criterion criterion, double bias) throws IOException {
		Judgement judgement = EvaluationFactory.eINSTANCE.createJudgement();
		judgement.setCriterion(FrameworkRegistry.criterionUri(criterion).toString());

		if (plan.random.chance(NOT_EVALUATED_CHANCE)) {
			judgement.setNotEvaluated(true);
			judgement.setGrade(Grade.NOT_JUDGED);
			judgement.setRationale(plan.phrases.pick("not-evaluated", plan.random));
			return judgement;
		}

		String section = FrameworkCriteria.sectionOf(criterion);
		Grade grade = plan.grades.draw(section, bias);
		judgement.setGrade(grade);
		judgement.setRationale(rationale(section, grade));

		List<EvidenceItem> existing = List.copyOf(evaluation.getEvidence());
		judgement.getEvidence().addAll(evidence.forGrade(evaluation, grade, isSensitive(criterion, section)));
		if (!existing.isEmpty() && plan.random.chance(SHARED_EVIDENCE_CHANCE)) {
			judgement.getEvidence().add(plan.random.pick(existing));
		}
		return judgement;
	}

	/** Returns an opening on the grade, an observation on the section and a sentence on the evidence. */
	String rationale(String section, Grade grade) {
		int column = grade.getValue();
		String opener = plan.nextInTurn("opener-" + column);
		String observationSection = "section-" + section + (column <= 2 ? "-strong" : "-weak");
		String evidenceSentence = plan.nextInTurn("evidence-sentence-" + column);
		if (!plan.phrases.has(observationSection)) {
			return opener + " " + evidenceSentence;
		}
		return opener + " " + plan.nextInTurn(observationSection) + " " + evidenceSentence;
	}

	/** Criteria about SIP and headteacher performance management, where evidence may concern an individual. */
	private static boolean isSensitive(Criterion criterion, String section) {
		String code = criterion.getCode();
		return section.equals("2.5") || code.equals("1.1.8") || code.equals("1.1.9");
	}
}
