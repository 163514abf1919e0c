package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sipqm.compare.FrameworkProblem;
import org.sipqm.compare.LocalFrameworkChecks;
import org.sipqm.compare.LocalFrameworkElements;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.FrameworkPackage.Literals;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

class LocalFrameworkChecksTest {

	@Test
	void completeFrameworkHasNoProblems() {
		Framework framework = framework();

		assertEquals(List.of(), LocalFrameworkChecks.check(framework));
	}

	@Test
	void duplicateCriterionCodeReported() {
		Framework framework = framework();
		Section section = framework.getSchedules().get(0).getSections().get(0);
		Criterion second = complete(LocalFrameworkElements.newCriterion(section));
		second.setCode("1.1");
		section.getCriteria().add(second);

		List<FrameworkProblem> problems = LocalFrameworkChecks.check(framework);

		assertEquals(1, problems.size(), problems::toString);
		assertEquals(second, problems.get(0).element());
		assertEquals(Literals.CRITERION__CODE, problems.get(0).feature());
		assertTrue(problems.get(0).message().contains("1.1"), problems.get(0).message());
	}

	@Test
	void sameCodeInOtherScheduleAllowed() {
		Framework framework = framework();
		Schedule other = LocalFrameworkElements.newSchedule(framework);
		framework.getSchedules().add(other);
		Section section = LocalFrameworkElements.newSection(other);
		other.getSections().add(section);
		section.getCriteria().add(complete(LocalFrameworkElements.newCriterion(section)));

		assertEquals(2, other.getNumber());
		assertEquals("1.1", section.getCriteria().get(0).getCode());
		assertEquals(List.of(), LocalFrameworkChecks.check(framework));
	}

	@Test
	void emptyWordingAndMissingDescriptorsReported() {
		Framework framework = framework();
		Criterion criterion = framework.getSchedules().get(0).getSections().get(0).getCriteria().get(0);
		criterion.setStatement(" ");
		criterion.getDescriptors().remove(2);
		criterion.getDescriptors().get(0).setText("");

		List<FrameworkProblem> problems = LocalFrameworkChecks.check(framework);

		assertEquals(3, problems.size(), problems::toString);
		assertEquals(Literals.CRITERION__STATEMENT, problems.get(0).feature());
		assertEquals(1, problems.get(1).column());
		assertEquals(3, problems.get(2).column());
	}

	@Test
	void invalidIdAndDuplicateSectionReported() {
		Framework framework = framework();
		framework.setId("derby qm");
		Schedule schedule = framework.getSchedules().get(0);
		Section copy = LocalFrameworkElements.newSection(schedule);
		copy.setCode("1");
		schedule.getSections().add(copy);

		List<FrameworkProblem> problems = LocalFrameworkChecks.check(framework);

		assertEquals(2, problems.size(), problems::toString);
		assertEquals(Literals.FRAMEWORK__ID, problems.get(0).feature());
		assertEquals(Literals.SECTION__CODE, problems.get(1).feature());
		assertEquals(copy, problems.get(1).element());
	}

	private static Framework framework() {
		Framework framework = LocalFrameworkElements.newFramework("derby-qm");
		Schedule schedule = LocalFrameworkElements.newSchedule(framework);
		framework.getSchedules().add(schedule);
		Section section = LocalFrameworkElements.newSection(schedule);
		schedule.getSections().add(section);
		section.getCriteria().add(complete(LocalFrameworkElements.newCriterion(section)));
		return framework;
	}

	private static Criterion complete(Criterion criterion) {
		criterion.setStatement("SIPs are matched to schools by need and context.");
		for (int column = 1; column <= LocalFrameworkChecks.COLUMNS; column++) {
			Descriptor descriptor = FrameworkFactory.eINSTANCE.createDescriptor();
			descriptor.setColumn(column);
			descriptor.setText("Practice at column " + column);
			criterion.getDescriptors().add(descriptor);
		}
		return criterion;
	}
}
