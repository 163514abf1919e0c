package org.sipqm.compare.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Writes a framework in the local framework layout, one row per criterion in document order, so that
 * {@link LocalFrameworkReader} reads it back to an equal framework.
 */
public final class LocalFrameworkWriter {

	private LocalFrameworkWriter() {
	}

	/** Writes CSV in UTF-8 without a byte order mark; the caller closes the stream. */
	public static void writeCsv(Framework framework, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(headers());
		for (List<String> row : rows(framework)) {
			printer.printRecord(row);
		}
		printer.flush();
	}

	/** Writes an XLSX workbook with one worksheet; the caller closes the stream. */
	public static void writeXlsx(Framework framework, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "SIP QM Workbench", "1.0");
		Worksheet sheet = workbook.newWorksheet("Criteria");
		List<String> headers = headers();
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().set();
		}

		List<List<String>> rows = rows(framework);
		for (int row = 0; row < rows.size(); row++) {
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(row + 1, column, rows.get(row).get(column));
			}
		}
		workbook.finish();
	}

	private static List<String> headers() {
		return List.of(Column.values()).stream().map(Column::header).toList();
	}

	private static List<List<String>> rows(Framework framework) {
		List<List<String>> rows = new ArrayList<>();
		for (Schedule schedule : framework.getSchedules()) {
			for (Criterion criterion : FrameworkRegistry.allCriteria(schedule)) {
				rows.add(row(schedule, criterion));
			}
		}
		return rows;
	}

	private static List<String> row(Schedule schedule, Criterion criterion) {
		Section section = (Section) criterion.eContainer();
		List<String> row = new ArrayList<>(List.of(String.valueOf(schedule.getNumber()), section.getCode(),
				section.getTitle() == null ? "" : section.getTitle(), criterion.getCode(), criterion.getStatement(),
				criterion.isCritical() ? "yes" : "no"));
		for (int column = 1; column <= Column.descriptors().size(); column++) {
			row.add(descriptor(criterion, column));
		}
		return row;
	}

	private static String descriptor(Criterion criterion, int column) {
		return criterion.getDescriptors().stream().filter(descriptor -> descriptor.getColumn() == column)
				.map(Descriptor::getText).findFirst().orElse("");
	}
}
