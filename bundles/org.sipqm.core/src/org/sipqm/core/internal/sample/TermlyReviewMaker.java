package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.util.Locale;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.IndicatorKind;
import org.sipqm.model.evaluation.OutcomeIndicator;
import org.sipqm.model.evaluation.TermlyReview;

/**
 * Makes the schedule 1 termly review of a local authority: a judgement with rationale and
 * evidence for every criterion of sections 1.1 to 2.5, and the strengths and areas for
 * improvement of section 3. The autumn review also records the previous year's outcome
 * indicators.
 */
final class TermlyReviewMaker {

	private TermlyReviewMaker() {
	}

	static TermlyReview make(TermPlan plan) throws IOException {
		TermlyReview review = EvaluationFactory.eINSTANCE.createTermlyReview();
		plan.fillCommon(review, plan.evaluationId("tr", 0), plan.visitDate());

		new JudgementMaker(plan).judgeAll(review, plan.criteria.reviewCriteria(), 0);
		review.setStrengthsForDissemination(
				PhraseBank.fill(plan.phrases.paragraph("la-strength", 2, plan.random), plan.placeholders()));
		review.setAreasForImprovement(plan.phrases.paragraph("la-area", 2, plan.random));

		if (plan.term.getValue() == 0) {
			addOutcomeIndicators(plan, review);
		}
		StatusMaker.apply(plan, review);
		return review;
	}

	/** Adds the previous academic year's indicators, as the LA reports them in the autumn. */
	private static void addOutcomeIndicators(TermPlan plan, TermlyReview review) {
		String previousYear = new AcademicYear(plan.year.startYear() - 1).label();
		int goodLeadership = plan.random.between(45, 85);
		int goodSelfEvaluation = goodLeadership + plan.random.between(-8, 8);
		int attainment = plan.random.between(62, 82);
		int gap = plan.random.between(12, 25);
		int attendance = plan.random.between(930, 955);
		int exclusions = plan.random.between(5, 25);

		add(review, IndicatorKind.OFSTED_LEADERSHIP_AND_MANAGEMENT, previousYear, "all schools inspected",
				goodLeadership + "% good or outstanding");
		add(review, IndicatorKind.OFSTED_SELF_EVALUATION, previousYear, "all schools inspected",
				Math.min(95, goodSelfEvaluation) + "% good or outstanding");
		add(review, IndicatorKind.ATTAINMENT, previousYear, "all pupils",
				attainment + "% level 4 or above in English and mathematics at key stage 2");
		add(review, IndicatorKind.ATTAINMENT, previousYear, "pupils eligible for free school meals",
				(attainment - gap) + "% level 4 or above in English and mathematics at key stage 2");
		add(review, IndicatorKind.ATTENDANCE, previousYear, "all pupils",
				String.format(Locale.ROOT, "%d.%d%% attendance", attendance / 10, attendance % 10));
		add(review, IndicatorKind.EXCLUSIONS, previousYear, "all pupils",
				String.format(Locale.ROOT, "0.%02d%% permanently excluded", exclusions));
	}

	private static void add(TermlyReview review, IndicatorKind kind, String year, String group, String value) {
		OutcomeIndicator indicator = EvaluationFactory.eINSTANCE.createOutcomeIndicator();
		indicator.setKind(kind);
		indicator.setAcademicYear(year);
		indicator.setPupilGroup(group);
		indicator.setValue(value);
		review.getOutcomeIndicators().add(indicator);
	}
}
