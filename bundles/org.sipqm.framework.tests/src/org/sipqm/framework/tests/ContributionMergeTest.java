package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;

class ContributionMergeTest {

	private static final String ALPHA = "org.example.alpha";
	private static final String BETA = "org.example.beta";

	private final FrameworkRegistry registry = Contributions.registry(Contributions.of(ALPHA, "local-content.framework"));

	@Test
	void localCriteriaFollowNationalOnes() {
		Section section = section(registry, 4, "1.2");

		assertEquals(List.of("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7", "1.2.L1", "1.2.L2"),
				codes(section));
		assertTrue(registry.diagnostics().isEmpty(), registry.diagnostics().toString());
	}

	@Test
	void addedElementsCarryContributor() {
		Criterion local = criterion(registry, 4, "1.2.L2");

		assertEquals(ALPHA, local.getOrigin());
		assertTrue(local.isCritical());
		assertEquals(ALPHA, section(registry, 4, "2.3z").getOrigin());
		assertEquals(ALPHA, criterion(registry, 4, "2.3z.1").getOrigin());
		assertEquals(ALPHA, criterion(registry, 4, "1.2.L1").getDescriptors().get(0).getOrigin());
	}

	@Test
	void descriptorsAnnotateNationalCriterion() {
		Criterion criterion = criterion(registry, 4, "1.2.1");

		assertEquals("national", criterion.getOrigin());
		assertEquals("There is effective induction of SIPs", criterion.getStatement());
		assertEquals(List.of(1, 2, 3, 4), criterion.getDescriptors().stream().map(Descriptor::getColumn).toList());
		for (Descriptor descriptor : criterion.getDescriptors()) {
			assertEquals(ALPHA, descriptor.getOrigin(), "column " + descriptor.getColumn());
		}
	}

	@Test
	void localScheduleIsAdded() {
		Schedule schedule = registry.schedule(5).orElseThrow(() -> new AssertionError("Schedule 5 was not added"));

		assertEquals(ALPHA, schedule.getOrigin());
		assertEquals(ScheduleKind.LOCAL, schedule.getKind());
		assertEquals(ALPHA, schedule.getSections().get(0).getOrigin());
		assertEquals(List.of("5.1.1"), FrameworkRegistry.allCriteria(schedule).stream().map(Criterion::getCode).toList());
	}

	@Test
	void localCriterionHasUri() {
		Criterion local = criterion(registry, 4, "1.2.L1");

		CriterionUri uri = FrameworkRegistry.criterionUri(local);

		assertEquals("urn:sipqm:sip-qm:1:4:1.2.L1", uri.toString());
		assertSame(local, registry.find(uri).orElseThrow());
	}

	@Test
	void mergeOrderIsByPluginName() {
		FrameworkRegistry both = Contributions.registry(Contributions.of(BETA, "extends-local-content.framework"),
				Contributions.of(ALPHA, "local-content.framework"));

		assertTrue(both.diagnostics().isEmpty(), both.diagnostics().toString());
		assertEquals(List.of("1.2.L1", "1.2.L2", "1.2.L3"), codes(section(both, 4, "1.2")).subList(7, 10));
		assertEquals(List.of("5.1.1", "5.1.2"), codes(section(both, 5, "5.1")));
		assertEquals(BETA, criterion(both, 5, "5.1.2").getOrigin());
		assertEquals(ALPHA, section(both, 5, "5.1").getOrigin());
	}

	@Test
	void laterPluginCannotPrecedeEarlier() {
		FrameworkRegistry reversed = Contributions.registry(Contributions.of("org.example.aaa", "extends-local-content.framework"),
				Contributions.of(ALPHA, "local-content.framework"));

		assertEquals(1, reversed.diagnostics().size(), reversed.diagnostics().toString());
		assertEquals("org.example.aaa", reversed.diagnostics().get(0).contributor());
		assertEquals("schedule 5", reversed.diagnostics().get(0).element());
		assertTrue(reversed.find(uri(4, "1.2.L3")).isEmpty());
		assertTrue(reversed.find(uri(4, "1.2.L1")).isPresent());
	}

	@Test
	void noContributionsGivesNationalOnly() {
		FrameworkRegistry national = new FrameworkRegistry();

		assertEquals(4, national.national().getSchedules().size());
		assertEquals(7, section(national, 4, "1.2").getCriteria().size());
		assertTrue(national.diagnostics().isEmpty());
	}

	static Section section(FrameworkRegistry registry, int schedule, String code) {
		Schedule found = registry.schedule(schedule).orElseThrow(() -> new AssertionError("No schedule " + schedule));
		return FrameworkRegistry.section(found, code)
				.orElseThrow(() -> new AssertionError("No section " + code + " in schedule " + schedule));
	}

	static Criterion criterion(FrameworkRegistry registry, int schedule, String code) {
		return registry.find(uri(schedule, code)).orElseThrow(() -> new AssertionError("No criterion " + uri(schedule, code)));
	}

	static CriterionUri uri(int schedule, String code) {
		return new CriterionUri(NationalFramework.ID, NationalFramework.EDITION, schedule, code);
	}

	static List<String> codes(Section section) {
		return section.getCriteria().stream().map(Criterion::getCode).toList();
	}
}
