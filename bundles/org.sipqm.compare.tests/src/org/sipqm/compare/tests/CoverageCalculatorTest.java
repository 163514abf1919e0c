package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sipqm.compare.tests.SmallFrameworks.LOCAL;
import static org.sipqm.compare.tests.SmallFrameworks.NATIONAL;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.CoverageCalculator;
import org.sipqm.compare.CoverageReport;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.SectionCoverage;
import org.sipqm.compare.Suggestion;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.CrosswalkFactory;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.framework.Criterion;

class CoverageCalculatorTest {

	private CriterionIndex local;
	private CriterionIndex national;
	private Crosswalk crosswalk;

	@BeforeEach
	void mapTwoCriteria() {
		local = new CriterionIndex(SmallFrameworks.local());
		national = new CriterionIndex(SmallFrameworks.national());
		crosswalk = CrosswalkEditing.create(local, national);
		LocalDate date = LocalDate.of(2008, 3, 1);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8),
				Relationship.EQUIVALENT, Strength.STRONG, "Same wording", "J. Smith", date);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.2", NATIONAL + "1.1.2", 0.7),
				Relationship.LOCAL_NARROWER, Strength.MODERATE, "Only written reports", "J. Smith", date);
		CrosswalkEditing.mapNoCounterpart(crosswalk, LOCAL + "A.4", "Parents' newsletter", "J. Smith", date);
	}

	@Test
	void uncoveredNationalCriticalFirst() {
		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national, schedule -> schedule == 4);

		assertEquals(List.of("1.2.1", "1.1.3", "1.2.2"), codes(report.uncoveredNational()));
		assertEquals(2, report.coveredCount());
		assertEquals(5, report.nationalCount());
		assertEquals(0.4, report.fraction(), 1e-9);
	}

	@Test
	void allSchedulesCountedByDefault() {
		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national);

		assertEquals(6, report.nationalCount());
		assertEquals(List.of("1.2.1", "1.1.3", "1.2.2", "1.1"), codes(report.uncoveredNational()));
	}

	@Test
	void localBeyondAndUnmapped() {
		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national);

		assertEquals(List.of("A.4"), codes(report.localBeyondNational()));
		assertEquals(List.of("A.3"), codes(report.localUnmapped()));
	}

	@Test
	void coveragePerSection() {
		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national, schedule -> schedule == 4);

		assertEquals(List.of(new SectionCoverage(4, "1.1", "Deployment of SIPs", 2, 3),
				new SectionCoverage(4, "1.2", "Challenge and support", 0, 2)), report.sections());
		assertEquals(67, report.sections().get(0).percent());
		assertEquals(0, report.sections().get(1).percent());
	}

	@Test
	void noCounterpartCoversNothing() {
		CrosswalkEditing.mapNoCounterpart(crosswalk, LOCAL + "A.3", "Local training scheme", "J. Smith", null);

		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national, schedule -> schedule == 4);

		assertEquals(2, report.coveredCount());
		assertEquals(List.of("A.3", "A.4"), codes(report.localBeyondNational()));
		assertEquals(List.of(), report.localUnmapped());
	}

	@Test
	void criterionWithCounterpartIsNotBeyond() {
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.4", NATIONAL + "1.2.2", 0.2),
				Relationship.OVERLAPS, Strength.WEAK, "", "J. Smith", null);

		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national, schedule -> schedule == 4);

		assertEquals(List.of(), report.localBeyondNational());
		assertEquals(3, report.coveredCount());
	}

	@Test
	void mappingToUnknownCriterionIsInvalid() {
		Mapping stale = CrosswalkFactory.eINSTANCE.createMapping();
		stale.setLocalCriterion(LOCAL + "A.3");
		stale.setNationalCriterion(NATIONAL + "9.9.9");
		stale.setRelationship(Relationship.EQUIVALENT);
		crosswalk.getMappings().add(stale);

		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national, schedule -> schedule == 4);

		assertEquals(List.of(stale), report.invalidMappings());
		assertEquals(2, report.coveredCount());
		assertEquals(List.of("A.3"), codes(report.localUnmapped()));
	}

	@Test
	void emptyCrosswalkCoversNothing() {
		CoverageReport report = CoverageCalculator.compute(CrosswalkEditing.create(local, national), local, national,
				schedule -> schedule == 4);

		assertEquals(0, report.coveredCount());
		assertEquals(List.of("1.1.2", "1.2.1", "1.1.1", "1.1.3", "1.2.2"), codes(report.uncoveredNational()));
		assertEquals(4, report.localUnmapped().size());
	}

	private static List<String> codes(List<Criterion> criteria) {
		return criteria.stream().map(Criterion::getCode).toList();
	}
}
