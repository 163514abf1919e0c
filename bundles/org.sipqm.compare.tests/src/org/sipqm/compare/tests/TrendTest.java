package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.trend.GradeHeatMap;
import org.sipqm.compare.trend.GradeHistory;
import org.sipqm.compare.trend.GradeHistory.Change;
import org.sipqm.compare.trend.Period;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Term;

class TrendTest {

	private static final String FIRST = "urn:sipqm:sip-qm:1:4:1.1.1";
	private static final String SECOND = "urn:sipqm:sip-qm:1:4:1.1.2";

	private final List<Evaluation> evaluations = new ArrayList<>();
	private LocalAuthority derby;
	private LocalAuthority leicester;

	@BeforeEach
	void createEvaluations() {
		derby = authority("Derby");
		leicester = authority("Leicester");
		evaluate(derby, "2007/08", Term.AUTUMN, LocalDate.of(2007, 11, 1), FIRST, Grade.REQUIRES_SOME_IMPROVEMENT);
		evaluate(derby, "2007/08", Term.SPRING, LocalDate.of(2008, 2, 1), FIRST, Grade.GOOD);
		evaluate(derby, "2007/08", Term.SPRING, LocalDate.of(2008, 3, 1), SECOND, Grade.GOOD);
		evaluate(derby, "2008/09", Term.AUTUMN, LocalDate.of(2008, 10, 1), FIRST, Grade.GOOD);
		evaluate(derby, "2008/09", Term.AUTUMN, LocalDate.of(2008, 10, 1), SECOND, Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT);
		evaluate(leicester, "2007/08", Term.SPRING, LocalDate.of(2008, 2, 10), FIRST, Grade.OUTSTANDING);
	}

	@Test
	void historyOrdersPeriodsByTime() {
		GradeHistory history = GradeHistory.of(evaluations, derby);

		assertEquals(List.of(new Period("2007/08", Term.AUTUMN), new Period("2007/08", Term.SPRING),
				new Period("2008/09", Term.AUTUMN)), history.periods());
		assertEquals(List.of(FIRST, SECOND), history.rows().stream().map(GradeHistory.Row::criterion).toList());
	}

	@Test
	void historyMarksChanges() {
		GradeHistory history = GradeHistory.of(evaluations, derby);

		assertEquals(List.of(Optional.of(Change.FIRST), Optional.of(Change.IMPROVED), Optional.of(Change.SAME)),
				changes(history.rows().get(0)));
		assertEquals(List.of(Optional.empty(), Optional.of(Change.FIRST), Optional.of(Change.DECLINED)),
				changes(history.rows().get(1)));
	}

	@Test
	void laterEvaluationOfTermWins() {
		evaluate(derby, "2007/08", Term.SPRING, LocalDate.of(2008, 3, 20), FIRST, Grade.OUTSTANDING);
		evaluate(derby, "2007/08", Term.SPRING, null, FIRST, Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT);

		GradeHistory history = GradeHistory.of(evaluations, derby);

		assertEquals(Grade.OUTSTANDING, history.rows().get(0).cells().get(1).orElseThrow().judgement().grade());
	}

	@Test
	void heatMapByAuthorityAndCriterion() {
		GradeHeatMap map = GradeHeatMap.of(evaluations, new Period("2007/08", Term.SPRING));

		assertEquals(List.of(derby, leicester), map.localAuthorities());
		assertEquals(List.of(FIRST, SECOND), map.criteria());
		assertEquals(Grade.GOOD, map.cell(derby, FIRST).orElseThrow().grade());
		assertEquals(Grade.OUTSTANDING, map.cell(leicester, FIRST).orElseThrow().grade());
		assertEquals(Optional.empty(), map.cell(leicester, SECOND));
		assertSame(evaluations.get(5), map.cell(leicester, FIRST).orElseThrow().evaluation());
	}

	@Test
	void criteriaInFrameworkOrder() {
		String tenth = "urn:sipqm:sip-qm:1:4:1.1.10";
		String lettered = "urn:sipqm:sip-qm:1:4:1.1.2a";
		String scheduleOne = "urn:sipqm:sip-qm:1:1:9.9";
		evaluate(leicester, "2007/08", Term.SPRING, null, tenth, Grade.GOOD);
		evaluate(leicester, "2007/08", Term.SPRING, null, lettered, Grade.GOOD);
		evaluate(leicester, "2007/08", Term.SPRING, null, scheduleOne, Grade.GOOD);

		GradeHeatMap map = GradeHeatMap.of(evaluations, new Period("2007/08", Term.SPRING));

		assertEquals(List.of(scheduleOne, FIRST, SECOND, lettered, tenth), map.criteria());
	}

	@Test
	void heatMapSkipsUngraded() {
		evaluate(leicester, "2008/09", Term.AUTUMN, null, FIRST, Grade.NOT_JUDGED);

		GradeHeatMap map = GradeHeatMap.of(evaluations, new Period("2008/09", Term.AUTUMN));

		assertEquals(List.of(derby), map.localAuthorities());
	}

	private static List<Optional<Change>> changes(GradeHistory.Row row) {
		return row.cells().stream().map(cell -> cell.map(GradeHistory.Cell::change)).toList();
	}

	private static LocalAuthority authority(String name) {
		LocalAuthority authority = OrganisationFactory.eINSTANCE.createLocalAuthority();
		authority.setName(name);
		return authority;
	}

	private void evaluate(LocalAuthority authority, String year, Term term, LocalDate date, String criterion, Grade grade) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createLASelfEvaluation();
		evaluation.setLocalAuthority(authority);
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
