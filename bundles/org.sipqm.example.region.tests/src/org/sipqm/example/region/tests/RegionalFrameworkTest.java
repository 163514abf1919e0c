package org.sipqm.example.region.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sipqm.example.region.internal.RegionalContent;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** The plug-in's fragment as the shared registry merges it from the extension registry. */
class RegionalFrameworkTest {

	private static final String REGION = RegionalContent.PLUGIN_ID;

	private final FrameworkRegistry registry = FrameworkRegistry.getDefault();

	@Test
	void contributionIsAccepted() {
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void localCriteriaFollowNationalOnes() {
		List<Criterion> criteria = section12().getCriteria();

		assertEquals(List.of("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7", "1.2.EM1", "1.2.EM2"),
				criteria.stream().map(Criterion::getCode).toList());
		assertEquals("national", criteria.get(0).getOrigin());
		assertEquals(REGION, criteria.get(7).getOrigin());
		assertEquals(REGION, criteria.get(8).getOrigin());
	}

	@Test
	void everyCriterionHasFourRegionalDescriptors() {
		for (Criterion criterion : section12().getCriteria()) {
			assertEquals(List.of(1, 2, 3, 4), criterion.getDescriptors().stream().map(Descriptor::getColumn).toList(),
					criterion.getCode());
			for (Descriptor descriptor : criterion.getDescriptors()) {
				assertEquals(REGION, descriptor.getOrigin(), criterion.getCode() + " column " + descriptor.getColumn());
				assertTrue(descriptor.getText().length() > 20, criterion.getCode() + " column " + descriptor.getColumn());
			}
		}
	}

	@Test
	void nationalStatementsUnchanged() {
		Criterion first = section12().getCriteria().get(0);

		assertEquals("There is effective induction of SIPs", first.getStatement());
		assertEquals(4, registry.national().getSchedules().size());
	}

	@Test
	void regionalContentCountsOwnElements() {
		RegionalContent content = RegionalContent.of(registry);

		assertEquals(List.of("1.2.EM1", "1.2.EM2"), content.criteria().stream().map(Criterion::getCode).toList());
		assertEquals(36, content.descriptors());
		assertTrue(content.rejections().isEmpty());
	}

	private Section section12() {
		Schedule schedule = registry.schedule(4).orElseThrow();
		return FrameworkRegistry.section(schedule, "1.2").orElseThrow();
	}
}
