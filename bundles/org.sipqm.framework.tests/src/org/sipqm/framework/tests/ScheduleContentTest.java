package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;

/** Checks each schedule's titles, protocols and introductions, and what the source text lacks for it. */
class ScheduleContentTest {

	@ParameterizedTest(name = "schedule {0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"1 | LA_PROCESSES | Local authority processes | LA self-evaluation/regional SIPCo termly report",
			"2 | INTERACTIONS_WITH_SCHOOLS | Interactions with schools | School visits and telephone calls to the headteacher",
			"3 | SHADOWING_VISITS | Shadowing SIP visits | ",
			"4 | LA_PRACTICE_CRITERIA | Criteria for self-evaluation of LA practice | " })
	void scheduleHeading(int number, ScheduleKind kind, String title, String subtitle) {
		Schedule schedule = NationalFramework.schedule(number);

		assertEquals(kind, schedule.getKind());
		assertEquals(title, schedule.getTitle());
		assertEquals(subtitle, schedule.getSubtitle());
	}

	@Test
	void schedule1Purpose() {
		assertEquals("The core agenda that NS Regional SIP Co-ordinators will use in their meetings with LA SIP managers during the course of the year.",
				NationalFramework.schedule(1).getPurpose());
	}

	@ParameterizedTest(name = "schedule {0}")
	@CsvSource({ "1", "2" })
	void completeScheduleHasNoMissingContent(int number) {
		assertNull(NationalFramework.schedule(number).getMissingContent());
	}

	@Test
	void schedule2ProtocolSteps() {
		List<Protocol> protocols = NationalFramework.schedule(2).getProtocols();
		assertEquals(1, protocols.size());
		Protocol protocol = protocols.get(0);

		assertEquals("Protocols", protocol.getName());
		assertEquals(List.of("la-consulted", "sip-informed", "feedback"), stepCodes(protocol));
		assertEquals("The SIP is informed of the shadow visits and oral feedback is given to the SIP.", protocol.getSteps().get(1).getText());
	}

	@Test
	void schedule3ProtocolSteps() {
		List<Protocol> protocols = NationalFramework.schedule(3).getProtocols();
		assertEquals(1, protocols.size());
		Protocol protocol = protocols.get(0);

		assertEquals("Protocols for joint visits", protocol.getName());
		assertEquals("The regional SIPCo will:", protocol.getIntroduction());
		assertEquals(List.of("identify-school", "headteacher-permission", "purpose-and-timing", "oral-feedback", "written-summary"),
				stepCodes(protocol));
		assertEquals("identify schools in consultation with the LA who will notify the SIP;", protocol.getSteps().get(0).getText());
		assertEquals("seek the permission of the headteacher;", protocol.getSteps().get(1).getText());
		assertEquals("clarify the purpose and the timings of the visit with all parties, giving reasonable notice;", protocol.getSteps().get(2).getText());
		assertEquals("provide brief oral feedback to the SIP,", protocol.getSteps().get(3).getText());
		assertEquals("a written summary of the visit to the headteacher and the LA focused on the purpose of the visit as part of the national QA procedures.",
				protocol.getSteps().get(4).getText());
	}

	@Test
	void schedule3PurposesAndIntroduction() {
		Schedule schedule = NationalFramework.schedule(3);
		List<String> introduction = schedule.getIntroduction();

		assertEquals(6, schedule.getPurposes().size());
		assertEquals("The primary purpose of joint visits is to contribute to the overall QA of the programme, thus securing maximum impact on the outcomes for children and young people in the LA.",
				schedule.getPurposes().get(0));
		assertEquals("an overall evaluation of the effectiveness of the LA’s SIP programme;", schedule.getPurposes().get(3));
		assertTrue(introduction.contains("LAs receiving targeted support (two days per LA per term per phase)"));
		assertEquals("Not all of the areas identified in the following sections will be evaluated in any one visit, where headings are not appropriate for the visit in question this will be indicated.",
				introduction.get(introduction.size() - 1));
		assertTrue(schedule.getSections().isEmpty());
	}

	@ParameterizedTest(name = "schedule {0}")
	@CsvSource({ "3", "4" })
	void incompleteScheduleHasMissingContent(int number) {
		String missingContent = NationalFramework.schedule(number).getMissingContent();

		assertFalse(missingContent == null || missingContent.isBlank());
	}

	@Test
	void schedule4IntroductionAndPrinciples() {
		Schedule schedule = NationalFramework.schedule(4);

		assertEquals(3, schedule.getIntroduction().size());
		assertEquals("Critical criteria are highlighted in bold; these criteria are the key definitions for practice at that level.",
				schedule.getIntroduction().get(1));
		assertEquals(4, schedule.getPrinciples().size());
		assertEquals("respect for the school’s autonomy to plan its development, starting from the school’s self-evaluation and the needs of the pupils and of other members of the school community;",
				schedule.getPrinciples().get(1));
	}

	@Test
	void schedule4RepeatsSchedule1Standards() {
		List<Criterion> standards = FrameworkRegistry.allCriteria(NationalFramework.schedule(1)).stream()
				.filter(criterion -> !criterion.getCode().startsWith("3."))
				.toList();
		List<Criterion> criteria = FrameworkRegistry.allCriteria(NationalFramework.schedule(4));

		assertEquals(standards.size(), criteria.size());
		for (int i = 0; i < criteria.size(); i++) {
			assertEquals(standards.get(i).getCode(), criteria.get(i).getCode());
			assertEquals(standards.get(i).getStatement(), criteria.get(i).getStatement(), criteria.get(i).getCode());
			assertEquals(standards.get(i).getSubItems(), criteria.get(i).getSubItems(), criteria.get(i).getCode());
		}
	}

	@Test
	void schedule4CriteriaHaveNoDescriptors() {
		for (Criterion criterion : FrameworkRegistry.allCriteria(NationalFramework.schedule(4))) {
			assertTrue(criterion.getDescriptors().isEmpty(), criterion.getCode());
			assertFalse(criterion.isCritical(), criterion.getCode());
		}
	}

	@ParameterizedTest(name = "section {0}")
	@CsvSource({ "1.1", "1.2", "2.1", "2.2", "2.3a", "2.3b", "2.3c", "2.4", "2.5" })
	void schedule4SectionHasMissingContent(String code) {
		String missingContent = NationalFramework.section(4, code).getMissingContent();

		assertNotNull(missingContent);
		assertTrue(missingContent.contains("descriptors"), missingContent);
	}

	private static List<String> stepCodes(Protocol protocol) {
		return protocol.getSteps().stream().map(ProtocolStep::getCode).toList();
	}
}
