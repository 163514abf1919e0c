package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.FrameworkFactory;

class FrameworkRegistryTest {

	private final FrameworkRegistry registry = NationalFramework.registry();

	@Test
	void nationalIsLoadedOnce() {
		assertSame(registry.national(), registry.national());
		assertTrue(registry.national().eResource().getURI().toString().endsWith("model/sip-qm-edition1.framework"),
				registry.national().eResource().getURI().toString());
	}

	@Test
	void nationalUriMatchesRuntime() {
		URI uri = registry.national().eResource().getURI();

		assertEquals(EMFPlugin.IS_ECLIPSE_RUNNING, uri.isPlatformPlugin(), uri.toString());
	}

	@Test
	void freshRegistryLoadsOwnCopy() {
		FrameworkRegistry fresh = new FrameworkRegistry();

		assertNotSame(registry.national(), fresh.national());
		assertEquals(registry.national().getSchedules().size(), fresh.national().getSchedules().size());
	}

	@ParameterizedTest(name = "schedule {0}")
	@ValueSource(ints = { 1, 2, 4 })
	void criterionCodesUniqueInSchedule(int number) {
		Set<String> codes = new HashSet<>();

		for (Criterion criterion : FrameworkRegistry.allCriteria(NationalFramework.schedule(number))) {
			assertTrue(codes.add(criterion.getCode()), "Duplicate code " + criterion.getCode());
		}
	}

	@ParameterizedTest(name = "schedule {0}")
	@ValueSource(ints = { 1, 2, 3, 4 })
	void criterionUriRoundTrip(int number) {
		for (Criterion criterion : FrameworkRegistry.allCriteria(NationalFramework.schedule(number))) {
			String text = FrameworkRegistry.criterionUri(criterion).toString();

			assertSame(criterion, registry.find(CriterionUri.parse(text)).orElse(null), text);
		}
	}

	@Test
	void criterionUriText() {
		Criterion criterion = NationalFramework.criterion(1, "1.1.3");

		assertEquals("urn:sipqm:sip-qm:1:1:1.1.3", FrameworkRegistry.criterionUri(criterion).toString());
		assertEquals("urn:sipqm:sip-qm:1:2:2.3a.1",
				FrameworkRegistry.criterionUri(NationalFramework.criterion(2, "2.3a.1")).toString());
	}

	@Test
	void findUnknownCriterionIsEmpty() {
		assertTrue(registry.find(CriterionUri.parse("urn:sipqm:sip-qm:1:1:1.1.11")).isEmpty());
		assertTrue(registry.find(CriterionUri.parse("urn:sipqm:sip-qm:1:3:1.1.1")).isEmpty());
		assertTrue(registry.find(CriterionUri.parse("urn:sipqm:sip-qm:1:5:1.1.1")).isEmpty());
		assertTrue(registry.find(CriterionUri.parse("urn:sipqm:sip-qm:2:1:1.1.1")).isEmpty());
		assertTrue(registry.find(CriterionUri.parse("urn:sipqm:other:1:1:1.1.1")).isEmpty());
	}

	@Test
	void scheduleOutOfRangeIsEmpty() {
		assertTrue(registry.schedule(0).isEmpty());
		assertTrue(registry.schedule(5).isEmpty());
	}

	@Test
	void allCriteriaInDocumentOrder() {
		List<String> codes = FrameworkRegistry.allCriteria(NationalFramework.schedule(2)).stream()
				.map(Criterion::getCode)
				.toList();

		assertEquals(41, codes.size());
		assertEquals("1.1-1.2.1", codes.get(0));
		assertEquals(List.of("2.3.1", "2.3.2", "2.3.3", "2.3a.1", "2.3b.1"), codes.subList(18, 23));
		assertEquals("3.3", codes.get(codes.size() - 1));
	}

	@Test
	void sectionFindsSubsection() {
		var schedule = NationalFramework.schedule(1);

		assertEquals("2.3b", FrameworkRegistry.section(schedule, "2.3b").orElseThrow().getCode());
		assertEquals("2.3", FrameworkRegistry.section(schedule, "2.3").orElseThrow().getCode());
		assertTrue(FrameworkRegistry.section(schedule, "2.6").isEmpty());
	}

	@Test
	void criterionUriRejectsDetachedCriterion() {
		Criterion criterion = FrameworkFactory.eINSTANCE.createCriterion();
		criterion.setCode("9.9");

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameworkRegistry.criterionUri(criterion));
		assertTrue(e.getMessage().contains("9.9"), e.getMessage());
	}
}
