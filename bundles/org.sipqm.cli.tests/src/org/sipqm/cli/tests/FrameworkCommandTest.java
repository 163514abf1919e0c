package org.sipqm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class FrameworkCommandTest {

	@Test
	void textListsSchedulesAndCodes() {
		CommandResult result = CommandResult.run("framework");

		assertEquals(0, result.status(), result.err());
		assertTrue(result.out().contains("Schedule 1: Local authority processes (62 criteria)"), result.out());
		assertTrue(result.out().contains("Schedule 4: Criteria for self-evaluation of LA practice (60 criteria)"),
				result.out());
		assertTrue(result.out().contains("1.1.1 1.1.2 1.1.3"), result.out());
		assertTrue(result.out().contains("2.3a.8"), result.out());
	}

	@Test
	void jsonGivesCountsPerSection() {
		CommandResult result = CommandResult.run("framework", "--json");

		assertEquals(0, result.status(), result.err());
		JsonObject framework = JsonParser.parseString(result.out()).getAsJsonObject();
		JsonArray schedules = framework.getAsJsonArray("schedules");
		assertEquals(4, schedules.size());
		JsonObject schedule2 = schedules.get(1).getAsJsonObject();
		assertEquals(41, schedule2.get("criteria").getAsInt());
		JsonObject firstSection = schedule2.getAsJsonArray("sections").get(0).getAsJsonObject();
		assertEquals("1.1-1.2", firstSection.get("code").getAsString());
		assertEquals(5, firstSection.get("count").getAsInt());
	}

	@Test
	void scheduleOptionFiltersSchedules() {
		CommandResult result = CommandResult.run("framework", "--schedule", "3");

		assertEquals(0, result.status(), result.err());
		assertTrue(result.out().contains("Schedule 3:"), result.out());
		assertTrue(!result.out().contains("Schedule 1:"), result.out());
		assertTrue(result.out().contains("Not in the source text:"), result.out());
	}

	@Test
	void unknownScheduleIsBadInput() {
		CommandResult result = CommandResult.run("framework", "--schedule", "7");

		assertEquals(2, result.status());
		assertTrue(result.err().contains("No schedule 7"), result.err());
	}
}
