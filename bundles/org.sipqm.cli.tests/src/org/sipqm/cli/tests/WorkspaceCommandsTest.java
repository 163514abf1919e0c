package org.sipqm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class WorkspaceCommandsTest {

	@TempDir
	static Path folder;

	static Path sample;

	@BeforeAll
	static void generateSample() throws IOException {
		sample = folder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(sample);
	}

	@Test
	void summaryCountsSampleRegion() {
		CommandResult result = CommandResult.run("summary", "--json", sample.toString());

		assertEquals(0, result.status(), result.err());
		JsonObject summary = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(1, summary.get("regions").getAsInt());
		assertEquals(9, summary.get("localAuthorities").getAsInt());
		JsonObject bySchedule = summary.getAsJsonObject("evaluationsBySchedule");
		for (String schedule : List.of("1", "2", "3", "4")) {
			assertTrue(bySchedule.get(schedule).getAsInt() > 0, "no evaluations of schedule " + schedule);
		}
		assertTrue(summary.get("evidenceItems").getAsInt() > 0);
	}

	@Test
	void summaryTextNamesWorkspace() {
		CommandResult result = CommandResult.run("summary", sample.toString());

		assertEquals(0, result.status(), result.err());
		assertTrue(result.out().contains("Local authorities:               9"), result.out());
	}

	@Test
	void validateCleanSampleExitsZero() {
		CommandResult result = CommandResult.run("validate", sample.toString());

		assertEquals(0, result.status(), result.out() + result.err());
		assertTrue(result.out().contains("0 errors"), result.out());
	}

	@Test
	void validateReportsBrokenFileWithPath(@TempDir Path copyFolder) throws IOException {
		Path copy = copyOf(sample, copyFolder.resolve("broken"));
		Path evaluation = firstEvaluationFile(copy);
		Files.writeString(evaluation, "<?xml version=\"1.0\"?>\n<evaluation:TermlyReview", StandardCharsets.UTF_8);

		CommandResult result = CommandResult.run("validate", "--json", copy.toString());

		assertEquals(1, result.status(), result.out() + result.err());
		JsonArray diagnostics = JsonParser.parseString(result.out()).getAsJsonArray();
		String relative = copy.relativize(evaluation).toString().replace('\\', '/');
		boolean reported = false;
		for (var diagnostic : diagnostics) {
			JsonObject object = diagnostic.getAsJsonObject();
			reported |= object.get("file").getAsString().equals(relative)
					&& object.get("severity").getAsString().equals("error");
		}
		assertTrue(reported, "no error for " + relative + " in " + result.out());
	}

	@Test
	void validateMissingFolderExitsTwo(@TempDir Path empty) {
		CommandResult result = CommandResult.run("validate", empty.resolve("absent").toString());

		assertEquals(2, result.status());
		assertTrue(result.err().contains("absent"), result.err());
	}

	@Test
	void summaryOfFolderWithoutOrganisationExitsTwo(@TempDir Path empty) {
		CommandResult result = CommandResult.run("summary", empty.toString());

		assertEquals(2, result.status());
		assertTrue(result.err().contains("organisation.xmi"), result.err());
	}

	private static Path firstEvaluationFile(Path workspace) throws IOException {
		try (Stream<Path> files = Files.walk(workspace.resolve("evaluations"))) {
			return files.filter(file -> file.toString().endsWith(".xmi")).sorted().findFirst().orElseThrow();
		}
	}

	private static Path copyOf(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				} else {
					Files.copy(file, destination);
				}
			}
		}
		return target;
	}
}
