package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Criterion;

/**
 * Makes the schedule 4 self-evaluation of a local authority: criterion judgements with evidence,
 * a judgement of each section as the rounded mean of its criteria, and the SIPCo's note of visit
 * with strengths, areas for improvement and agreed actions. The SIP manager is the author.
 */
final class SelfEvaluationMaker {

	/** LAs judging their own practice tend to be a little generous. */
	private static final double SELF_BIAS = -0.3;

	private SelfEvaluationMaker() {
	}

	static LASelfEvaluation make(TermPlan plan) throws IOException {
		LASelfEvaluation evaluation = EvaluationFactory.eINSTANCE.createLASelfEvaluation();
		plan.fillCommon(evaluation, plan.evaluationId("se", 0), plan.visitDate());
		evaluation.setAuthor(plan.la().getSipManager());

		List<Criterion> criteria = plan.criteria.selfEvaluationCriteria();
		List<Grade> grades = new JudgementMaker(plan).judgeAll(evaluation, criteria, SELF_BIAS);
		addSectionJudgements(plan, evaluation, criteria, grades);

		evaluation.setNoteOfVisit(NoteMaker.make(plan, evaluation.getDate(), "la"));
		StatusMaker.apply(plan, evaluation);
		return evaluation;
	}

	private static void addSectionJudgements(TermPlan plan, LASelfEvaluation evaluation, List<Criterion> criteria,
			List<Grade> grades) {
		Map<String, List<Grade>> bySection = new LinkedHashMap<>();
		for (int i = 0; i < criteria.size(); i++) {
			bySection.computeIfAbsent(FrameworkCriteria.sectionOf(criteria.get(i)), code -> new ArrayList<>())
					.add(grades.get(i));
		}

		JudgementMaker rationale = new JudgementMaker(plan);
		for (Map.Entry<String, List<Grade>> section : bySection.entrySet()) {
			Grade grade = GradeModel.mean(section.getValue());
			SectionJudgement judgement = EvaluationFactory.eINSTANCE.createSectionJudgement();
			judgement.setSection(section.getKey());
			judgement.setGrade(grade);
			judgement.setRationale(grade == Grade.NOT_JUDGED ? plan.phrases.pick("not-evaluated", plan.random)
					: rationale.rationale(section.getKey(), grade));
			evaluation.getSectionJudgements().add(judgement);
		}
	}
}
