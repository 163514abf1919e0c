package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.compare.layout.ImportProblem;
import org.sipqm.compare.layout.LocalFrameworkImport;
import org.sipqm.compare.layout.LocalFrameworkReader;
import org.sipqm.compare.layout.LocalFrameworkWriter;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;

class CsvImportTest {

	@Test
	void validFileBuildsPreview() throws IOException {
		LocalFrameworkImport result = read("valid.csv");

		assertEquals(List.of(), result.problems());
		assertTrue(result.acceptable());
		Framework framework = result.accept();
		assertEquals(List.of(1, 2), framework.getSchedules().stream().map(Schedule::getNumber).toList());
		assertEquals(List.of("A.1", "A.2", "B.1"), codes(framework.getSchedules().get(0)));
		assertEquals(List.of("A.1"), codes(framework.getSchedules().get(1)));
	}

	@Test
	void validFileKeepsCellValues() throws IOException {
		Framework framework = read("valid.csv").accept();
		List<Criterion> criteria = FrameworkRegistry.allCriteria(framework.getSchedules().get(0));

		assertEquals("SIPs are matched to schools by need, context and phase.", criteria.get(0).getStatement());
		assertEquals("SIPs are trained; the \"core\" programme is annual.", criteria.get(2).getStatement());
		assertTrue(criteria.get(0).isCritical());
		assertFalse(criteria.get(1).isCritical());
		assertTrue(criteria.get(2).isCritical());
		assertEquals(4, criteria.get(0).getDescriptors().size());
		assertEquals("Not matched", criteria.get(0).getDescriptors().get(3).getText());
		assertEquals(4, criteria.get(0).getDescriptors().get(3).getColumn());
		assertEquals(0, criteria.get(1).getDescriptors().size());
		assertEquals("Managing SIPs", framework.getSchedules().get(0).getSections().get(0).getTitle());
		assertEquals("urn:sipqm:derby-qm:2008:1:B.1", FrameworkRegistry.criterionUri(criteria.get(2)).toString());
	}

	@Test
	void exportReadsBackEqual() throws IOException {
		Framework framework = read("valid.csv").accept();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		LocalFrameworkWriter.writeCsv(framework, out);
		LocalFrameworkImport again = LocalFrameworkReader.readCsv(new ByteArrayInputStream(out.toByteArray()),
				"derby-qm", "2008", "Derby local QM framework");

		assertEquals(List.of(), again.problems());
		assertTrue(EcoreUtil.equals(framework, again.accept()));
	}

	static Stream<Arguments> malformedFiles() {
		return Stream.of(
				Arguments.of("missing-columns.csv", List.of("1 Criterion code", "1 Statement")),
				Arguments.of("duplicate-codes.csv", List.of("4 Criterion code")),
				Arguments.of("invalid-utf8.csv", List.of("3 ")),
				Arguments.of("invalid-values.csv",
						List.of("3 Schedule", "4 Critical", "5 Statement", "6 Criterion code", "7 Section title")),
				Arguments.of("unterminated-quote.csv", List.of("2 ")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedFiles")
	void malformedFileReportedByRow(String file, List<String> expectedProblems) throws IOException {
		LocalFrameworkImport result = read(file);

		assertEquals(expectedProblems, result.problems().stream().map(p -> p.row() + " " + p.column()).toList(),
				result.problems()::toString);
		assertTrue(result.problems().stream().allMatch(ImportProblem::blocking));
		assertFalse(result.acceptable());
		assertThrows(IllegalStateException.class, result::accept);
	}

	@Test
	void invalidEncodingLeavesOtherRowsInPreview() throws IOException {
		LocalFrameworkImport result = read("invalid-utf8.csv");

		assertEquals(List.of("A.1", "A.3"), codes(result.preview().getSchedules().get(0)));
		assertTrue(result.problems().get(0).reason().contains("UTF-8"), result.problems().get(0).reason());
		assertTrue(result.problems().get(0).reason().contains("position 26"), result.problems().get(0).reason());
	}

	@Test
	void duplicateNamesFirstRow() throws IOException {
		ImportProblem problem = read("duplicate-codes.csv").problems().get(0);

		assertTrue(problem.reason().contains("row 2"), problem.reason());
	}

	@Test
	void emptyRowsReportedButNotBlocking() throws IOException {
		LocalFrameworkImport result = read("empty-rows.csv");

		assertEquals(List.of(3, 4), result.problems().stream().map(ImportProblem::row).toList());
		assertTrue(result.problems().stream().noneMatch(ImportProblem::blocking));
		assertTrue(result.acceptable());
		assertEquals(List.of("A.1", "A.2"), codes(result.accept().getSchedules().get(0)));
	}

	@Test
	void emptyFileHasNoHeader() throws IOException {
		LocalFrameworkImport result = LocalFrameworkReader.readCsv(new ByteArrayInputStream(new byte[0]), "x", "1", "X");

		assertEquals(1, result.problems().size());
		assertEquals(1, result.problems().get(0).row());
		assertFalse(result.acceptable());
	}

	private static LocalFrameworkImport read(String file) throws IOException {
		try (InputStream in = ImportData.open("import/" + file)) {
			return LocalFrameworkReader.readCsv(in, "derby-qm", "2008", "Derby local QM framework");
		}
	}

	private static List<String> codes(Schedule schedule) {
		return FrameworkRegistry.allCriteria(schedule).stream().map(Criterion::getCode).toList();
	}
}
