package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Pins the number of criteria in every section to the number of bullets that the source text prints for
 * it in schedules 1 and 2, which schedule 4 repeats. Section 3 of schedules 1 and 2 has no bullets, so
 * its prompts and question are counted from the text.
 */
class SectionCountTest {

	@ParameterizedTest(name = "schedule {0} section {1} has {2} criteria")
	@CsvSource({
			"1, 1.1, 10", "1, 1.2, 7", "1, 2.1, 6", "1, 2.2, 4", "1, 2.3, 0", "1, 2.3a, 8", "1, 2.3b, 6",
			"1, 2.3c, 7", "1, 2.4, 7", "1, 2.5, 5", "1, 3, 2",
			"2, 1.1-1.2, 5", "2, 2.1, 9", "2, 2.2, 4", "2, 2.3, 3", "2, 2.3a, 1", "2, 2.3b, 3", "2, 2.3c, 5",
			"2, 2.4, 3", "2, 2.5, 5", "2, 3, 3",
			"4, 1.1, 10", "4, 1.2, 7", "4, 2.1, 6", "4, 2.2, 4", "4, 2.3, 0", "4, 2.3a, 8", "4, 2.3b, 6",
			"4, 2.3c, 7", "4, 2.4, 7", "4, 2.5, 5" })
	void sectionCriterionCount(int schedule, String code, int expected) {
		Section section = NationalFramework.section(schedule, code);

		assertEquals(expected, section.getCriteria().size());
	}

	@ParameterizedTest(name = "schedule {0} has sections {1}")
	@CsvSource(delimiter = ';', value = {
			"1; 1.1 1.2 2.1 2.2 2.3 2.3a 2.3b 2.3c 2.4 2.5 3",
			"2; 1.1-1.2 2.1 2.2 2.3 2.3a 2.3b 2.3c 2.4 2.5 3",
			"3; ''",
			"4; 1.1 1.2 2.1 2.2 2.3 2.3a 2.3b 2.3c 2.4 2.5" })
	void scheduleSectionCodes(int schedule, String expectedCodes) {
		List<String> codes = new ArrayList<>();
		collectCodes(NationalFramework.schedule(schedule).getSections(), codes);

		assertEquals(expectedCodes, String.join(" ", codes));
	}

	@ParameterizedTest(name = "schedule {0}")
	@ValueSource(ints = { 1, 2, 3, 4 })
	void scheduleNumberMatchesPosition(int number) {
		Schedule schedule = NationalFramework.registry().national().getSchedules().get(number - 1);

		assertEquals(number, schedule.getNumber());
	}

	private static void collectCodes(List<Section> sections, List<String> codes) {
		for (Section section : sections) {
			codes.add(section.getCode());
			collectCodes(section.getSubsections(), codes);
		}
	}
}
