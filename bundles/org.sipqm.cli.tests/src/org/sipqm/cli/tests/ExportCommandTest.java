package org.sipqm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;

class ExportCommandTest {

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
	void helpDescribesOptions() {
		CommandResult result = CommandResult.run("export", "--help");

		assertEquals(0, result.status(), result.err());
		assertTrue(result.out().contains("Usage: sipqm export"), result.out());
		for (String option : List.of("--format", "--audience", "--kind", "--la", "--year", "--term", "--schedule",
				"--output")) {
			assertTrue(result.out().contains(option), option);
		}
	}

	@Test
	void termlyReportsOfOneAuthorityAsPdf(@TempDir Path output) throws IOException {
		CommandResult result = CommandResult.run("export", "--format", "pdf", "--audience", "shared", "--kind",
				"termly-report", "--la", "831", "--year", "2007/08", "--output", output.toString(), sample.toString());

		assertEquals(0, result.status(), result.out() + result.err());
		List<Path> files = files(output);
		assertEquals(List.of("tr-831-2007-08-autumn-termly-report.pdf", "tr-831-2007-08-spring-termly-report.pdf",
				"tr-831-2007-08-summer-termly-report.pdf"), files.stream().map(file -> file.getFileName().toString()).toList());
		for (Path file : files) {
			assertTrue(result.out().contains("Wrote " + file), result.out());
			byte[] start = Arrays.copyOf(Files.readAllBytes(file), 5);
			assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), start, file.toString());
		}
		assertTrue(result.out().contains("3 files written to " + output + ", 0 failed"), result.out());
	}

	@Test
	void everyKindOfFormatWithoutKindOption(@TempDir Path output) throws IOException {
		CommandResult result = CommandResult.run("export", "--format", "html", "--audience", "internal", "--term",
				"spring", "--la", "la-830", "--output", output.toString(), sample.toString());

		assertEquals(0, result.status(), result.out() + result.err());
		List<String> names = files(output).stream().map(file -> file.getFileName().toString()).toList();
		assertTrue(names.stream().anyMatch(name -> name.endsWith("-note-of-visit.html")), names.toString());
		assertTrue(names.stream().anyMatch(name -> name.endsWith("-termly-report.html")), names.toString());
		assertTrue(names.stream().anyMatch(name -> name.endsWith("-discussion-summary.html")), names.toString());
		assertTrue(names.contains("regional-summary-la-830-2007-08-spring.html"), names.toString());
	}

	@Test
	void judgementsAsCsvAndWorkbook(@TempDir Path output) throws IOException {
		CommandResult csv = CommandResult.run("export", "--format", "csv", "--audience", "shared", "--schedule", "4",
				"--output", output.toString(), sample.toString());
		CommandResult xlsx = CommandResult.run("export", "--format", "XLSX", "--audience", "internal", "--output",
				output.toString(), sample.toString());

		assertEquals(0, csv.status(), csv.out() + csv.err());
		assertEquals(0, xlsx.status(), xlsx.out() + xlsx.err());
		assertTrue(Files.exists(output.resolve("judgements-2007-08.csv")), files(output).toString());
		assertTrue(Files.exists(output.resolve("regional-summary-2007-08.xlsx")), files(output).toString());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "--format odt --audience shared", "--format pdf --audience public",
			"--format pdf --audience shared --year 2007-08", "--format pdf --audience shared --term winter",
			"--format pdf --audience shared --schedule 5", "--format xlsx --audience shared --kind note-of-visit",
			"--format pdf --audience shared --kind minutes", "--format pdf --audience shared --la la-999",
			"--format pdf --audience shared --kind termly-report --schedule 2" })
	void badOptionsExitWithTwo(String options, @TempDir Path output) {
		String[] arguments = Stream.concat(Stream.of("export"), Stream.concat(Arrays.stream(options.split(" ")),
				Stream.of("--output", output.toString(), sample.toString()))).toArray(String[]::new);

		CommandResult result = CommandResult.run(arguments);

		assertEquals(2, result.status(), result.out() + result.err());
		assertTrue(result.err().startsWith("sipqm export: ") || result.err().contains("Usage"), result.err());
	}

	@Test
	void missingOutputIsBadUsage() {
		CommandResult result = CommandResult.run("export", "--format", "pdf", "--audience", "shared", sample.toString());

		assertEquals(2, result.status());
		assertTrue(result.err().contains("--output"), result.err());
	}

	@Test
	void unwritableOutputExitsWithOne(@TempDir Path parent) throws IOException {
		Path notAFolder = Files.writeString(parent.resolve("file.txt"), "in the way");

		CommandResult result = CommandResult.run("export", "--format", "csv", "--audience", "shared", "--output",
				notAFolder.toString(), sample.toString());

		assertEquals(1, result.status(), result.out() + result.err());
		assertTrue(result.err().contains("failed to write"), result.err());
		assertTrue(result.out().contains("0 files written"), result.out());
	}

	private static List<Path> files(Path output) throws IOException {
		try (Stream<Path> files = Files.list(output)) {
			return files.sorted().toList();
		}
	}
}
