package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sipqm.compare.tests.SmallFrameworks.LOCAL;
import static org.sipqm.compare.tests.SmallFrameworks.NATIONAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.CarriedJudgement;
import org.sipqm.compare.CarriedJudgement.ReviewReason;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.JudgementCarrier;
import org.sipqm.compare.Suggestion;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;

class JudgementCarrierTest {

	private Crosswalk crosswalk;
	private LASelfEvaluation evaluation;

	@BeforeEach
	void createCrosswalkAndEvaluation() {
		CriterionIndex local = new CriterionIndex(SmallFrameworks.local());
		CriterionIndex national = new CriterionIndex(SmallFrameworks.national());
		crosswalk = CrosswalkEditing.create(local, national);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8),
				Relationship.EQUIVALENT, Strength.STRONG, "", "J. Smith", null);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.2", NATIONAL + "1.1.2", 0.7),
				Relationship.LOCAL_NARROWER, Strength.MODERATE, "", "J. Smith", null);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.3", NATIONAL + "1.1.2", 0.1),
				Relationship.OVERLAPS, Strength.WEAK, "", "J. Smith", null);
		CrosswalkEditing.mapNoCounterpart(crosswalk, LOCAL + "A.4", "", "J. Smith", null);

		evaluation = EvaluationFactory.eINSTANCE.createLASelfEvaluation();
		judge(LOCAL + "A.1", Grade.GOOD);
		judge(LOCAL + "A.2", Grade.OUTSTANDING);
		judge(LOCAL + "A.3", Grade.REQUIRES_SOME_IMPROVEMENT);
		judge(LOCAL + "A.4", Grade.GOOD);
	}

	@Test
	void equivalentStrongStillMarkedForReview() {
		CarriedJudgement carried = find(JudgementCarrier.carry(evaluation, crosswalk), NATIONAL + "1.1.1");

		assertEquals(Set.of(ReviewReason.CARRIED_ACROSS), carried.reviewReasons());
		assertEquals(Optional.of(Grade.GOOD), carried.proposedGrade());
	}

	@Test
	void conflictingSourcesHaveNoProposedGrade() {
		CarriedJudgement carried = find(JudgementCarrier.carry(evaluation, crosswalk), NATIONAL + "1.1.2");

		assertEquals(2, carried.sources().size());
		assertEquals(Optional.empty(), carried.proposedGrade());
		assertEquals(Set.of(ReviewReason.CARRIED_ACROSS, ReviewReason.NOT_EQUIVALENT, ReviewReason.NOT_STRONG,
				ReviewReason.CONFLICTING_GRADES), carried.reviewReasons());
	}

	@Test
	void noCounterpartAndUngradedCarryNothing() {
		evaluation.getJudgements().get(0).setGrade(Grade.NOT_JUDGED);
		evaluation.getJudgements().get(2).setNotEvaluated(true);

		List<CarriedJudgement> carried = JudgementCarrier.carry(evaluation, crosswalk);

		assertEquals(List.of(NATIONAL + "1.1.2"), carried.stream().map(CarriedJudgement::nationalCriterion).toList());
		assertEquals(1, carried.get(0).sources().size());
	}

	@Test
	void carryingChangesNeitherInput() {
		LASelfEvaluation evaluationBefore = EcoreUtil.copy(evaluation);
		Crosswalk crosswalkBefore = EcoreUtil.copy(crosswalk);

		List<CarriedJudgement> carried = JudgementCarrier.carry(evaluation, crosswalk);

		assertTrue(EcoreUtil.equals(evaluationBefore, evaluation));
		assertTrue(EcoreUtil.equals(crosswalkBefore, crosswalk));
		assertTrue(carried.stream().allMatch(c -> c.reviewReasons().contains(ReviewReason.CARRIED_ACROSS)));
	}

	private void judge(String criterion, Grade grade) {
		Judgement judgement = EvaluationFactory.eINSTANCE.createJudgement();
		judgement.setCriterion(criterion);
		judgement.setGrade(grade);
		evaluation.getJudgements().add(judgement);
	}

	private static CarriedJudgement find(List<CarriedJudgement> carried, String nationalCriterion) {
		return carried.stream().filter(c -> c.nationalCriterion().equals(nationalCriterion)).findFirst().orElseThrow();
	}
}
