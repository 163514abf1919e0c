package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.sipqm.compare.trend.GradeHistory;
import org.sipqm.compare.trend.GradeHistory.Change;
import org.sipqm.compare.trend.GradeHistory.Row;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Term;

/** A criterion not graded in one term is compared across the gap with its last graded term. */
class GradeHistoryGapTest {

	private static final String GAPPED = "urn:sipqm:sip-qm:1:4:1.1.1";
	private static final String EVERY_TERM = "urn:sipqm:sip-qm:1:4:1.1.2";

	private final List<Evaluation> evaluations = new ArrayList<>();
	private final LocalAuthority derby = OrganisationFactory.eINSTANCE.createLocalAuthority();

	@Test
	void changeComparesAcrossGap() {
		GradeHistory history = history();
		Row gapped = history.rows().get(0);

		assertEquals(GAPPED, gapped.criterion());
		assertEquals(3, gapped.cells().size());
		assertEquals(Change.FIRST, gapped.cells().get(0).orElseThrow().change());
		assertTrue(gapped.cells().get(1).isEmpty());
		assertEquals(Change.DECLINED, gapped.cells().get(2).orElseThrow().change());
	}

	@Test
	void previousGradedSkipsGap() {
		Row gapped = history().rows().get(0);

		assertEquals(OptionalInt.empty(), gapped.previousGraded(0));
		assertEquals(OptionalInt.of(0), gapped.previousGraded(1));
		assertEquals(OptionalInt.of(0), gapped.previousGraded(2));
	}

	@Test
	void previousGradedIsPreviousTerm() {
		Row everyTerm = history().rows().get(1);

		assertEquals(OptionalInt.of(1), everyTerm.previousGraded(2));
		assertEquals(Change.IMPROVED, everyTerm.cells().get(2).orElseThrow().change());
	}

	private GradeHistory history() {
		evaluate("2007/08", Term.AUTUMN, LocalDate.of(2007, 11, 1), GAPPED, Grade.GOOD);
		evaluate("2007/08", Term.AUTUMN, LocalDate.of(2007, 11, 1), EVERY_TERM, Grade.REQUIRES_SOME_IMPROVEMENT);
		evaluate("2007/08", Term.SPRING, LocalDate.of(2008, 2, 1), EVERY_TERM, Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT);
		evaluate("2007/08", Term.SUMMER, LocalDate.of(2008, 6, 1), GAPPED, Grade.REQUIRES_SOME_IMPROVEMENT);
		evaluate("2007/08", Term.SUMMER, LocalDate.of(2008, 6, 1), EVERY_TERM, Grade.GOOD);
		return GradeHistory.of(evaluations, derby);
	}

	private void evaluate(String year, Term term, LocalDate date, String criterion, Grade grade) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createLASelfEvaluation();
		evaluation.setLocalAuthority(derby);
		evaluation.setAcademicYear(year);
		evaluation.setTerm(term);
		evaluation.setDate(date);
		Judgement judgement = EvaluationFactory.eINSTANCE.createJudgement();
		judgement.setCriterion(criterion);
		judgement.setGrade(grade);
		evaluation.getJudgements().add(judgement);
		evaluations.add(evaluation);
	}
}
