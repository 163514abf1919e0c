package org.sipqm.export.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Rows.JudgementRow;

/**
 * Writes judgements as CSV: RFC 4180 (comma separated, fields quoted where needed, CRLF line
 * ends), UTF-8 without a byte order mark, one header row and one row per judgement.
 */
public final class JudgementsCsv {

	private JudgementsCsv() {
	}

	/** Returns the column headers, in the order of the columns. */
	public static List<String> headers() {
		return List.of(Messages.Column_authority, Messages.Column_authorityCode, Messages.Column_academicYear,
				Messages.Column_term, Messages.Column_schedule, Messages.Column_evaluation, Messages.Column_date,
				Messages.Column_criterion, Messages.Column_grade, Messages.Column_gradeNumber,
				Messages.Column_notEvaluated, Messages.Column_evidenceCount, Messages.Column_rationale);
	}

	/** Writes the rows to the stream, which stays open. */
	public static void write(List<JudgementRow> rows, OutputStream out, ExportMonitor monitor) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headers().toArray(String[]::new)).get();
		Writer writer = new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			int count = 0;
			for (JudgementRow row : rows) {
				if (++count % 1000 == 0) {
					monitor.checkCancelled();
				}
				printer.printRecord(row.authority(), row.authorityCode(), row.academicYear(), row.term(), row.schedule(),
						row.evaluationId(), row.date(), row.criterionCode(), row.grade(), row.gradeNumber(),
						row.notEvaluated() ? Messages.Document_yes : Messages.Document_no, row.evidenceCount(),
						row.rationale());
			}
		}
	}
}
