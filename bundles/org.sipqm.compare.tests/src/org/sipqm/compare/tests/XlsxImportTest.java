package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.layout.ImportProblem;
import org.sipqm.compare.layout.LocalFrameworkImport;
import org.sipqm.compare.layout.LocalFrameworkReader;
import org.sipqm.compare.layout.LocalFrameworkWriter;
import org.sipqm.model.framework.Framework;

class XlsxImportTest {

	@Test
	void exportReadsBackEqual() throws IOException {
		Framework framework;
		try (InputStream in = ImportData.open("import/valid.csv")) {
			framework = LocalFrameworkReader.readCsv(in, "derby-qm", "2008", "Derby local QM framework").accept();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		LocalFrameworkWriter.writeXlsx(framework, out);
		LocalFrameworkImport again = read(out.toByteArray());

		assertEquals(List.of(), again.problems());
		assertEquals(csv(framework), csv(again.accept()));
		assertTrue(EcoreUtil.equals(framework, again.accept()));
	}

	@Test
	void missingColumnsReported() throws IOException {
		LocalFrameworkImport result = read(workbook(List.of(List.of("Schedule", "Section code", "Statement"),
				List.of("1", "A", "First statement."))));

		assertEquals(List.of(new ImportProblem(1, "Criterion code", result.problems().get(0).reason(), true)),
				result.problems());
		assertThrows(IllegalStateException.class, result::accept);
	}

	@Test
	void duplicateAndBlankRowsReported() throws IOException {
		LocalFrameworkImport result = read(workbook(List.of(
				List.of("Schedule", "Section code", "Section title", "Criterion code", "Statement", "Critical"),
				List.of("1", "A", "Managing SIPs", "A.1", "First statement.", "yes"),
				List.of("", "", "", "", "", ""),
				List.of("1", "A", "Managing SIPs", "A.1", "Repeated code.", "no"))));

		assertEquals(List.of("3 false", "4 true"),
				result.problems().stream().map(p -> p.row() + " " + p.blocking()).toList());
		assertFalse(result.acceptable());
	}

	@Test
	void fileThatIsNotWorkbookReported() throws IOException {
		LocalFrameworkImport result = read("Schedule,Section code\n".getBytes(StandardCharsets.UTF_8));

		assertEquals(1, result.problems().size());
		assertEquals(1, result.problems().get(0).row());
		assertFalse(result.acceptable());
	}

	private static LocalFrameworkImport read(byte[] bytes) throws IOException {
		return LocalFrameworkReader.readXlsx(new ByteArrayInputStream(bytes), "derby-qm", "2008", "Derby local QM framework");
	}

	private static String csv(Framework framework) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LocalFrameworkWriter.writeCsv(framework, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Criteria");
		for (int row = 0; row < rows.size(); row++) {
			for (int column = 0; column < rows.get(row).size(); column++) {
				sheet.value(row, column, rows.get(row).get(column));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
