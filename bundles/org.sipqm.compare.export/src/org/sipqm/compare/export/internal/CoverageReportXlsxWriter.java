package org.sipqm.compare.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sipqm.compare.SectionCoverage;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.compare.export.internal.CoverageDocument.CriterionRow;
import org.sipqm.compare.export.internal.CoverageDocument.ScheduleCoverage;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Writes the coverage report of a crosswalk as an XLSX workbook with fastexcel: a sheet of section
 * coverage, and one each of national criteria not covered, local criteria beyond the national
 * framework and local criteria not yet mapped. Each sheet has a bold header row, an autofilter and
 * the header row frozen, like the regional summary workbook.
 */
public final class CoverageReportXlsxWriter implements ExportWriter {

	private static final String APPLICATION = "SIP QM Workbench"; //$NON-NLS-1$
	/** fastexcel requires an application version of the form major.minor. */
	private static final String APPLICATION_VERSION = "0.1"; //$NON-NLS-1$
	private static final String HEADER_FILL = "E8EDF3"; //$NON-NLS-1$

	@Override
	public boolean accepts(Evaluation evaluation) {
		return false;
	}

	@Override
	public boolean acceptsSubject(Object subject) {
		return subject instanceof CrosswalkCoverage;
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		CoverageDocument document = CoverageDocument.of(input.subject(CrosswalkCoverage.class), input.audience(),
				input.producedOn());
		// fastexcel closes its stream when it finishes, but a writer must leave the stream open.
		Workbook workbook = new Workbook(new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		}, APPLICATION, APPLICATION_VERSION);
		writeSections(workbook.newWorksheet(Messages.Sheet_sections), document.schedules());
		monitor.checkCancelled();
		writeCriteria(workbook.newWorksheet(Messages.Sheet_uncovered), document.uncovered());
		writeCriteria(workbook.newWorksheet(Messages.Sheet_beyond), document.beyond());
		writeCriteria(workbook.newWorksheet(Messages.Sheet_unmapped), document.unmapped());
		workbook.finish();
	}

	private static void writeSections(Worksheet sheet, List<ScheduleCoverage> schedules) {
		List<String> headers = List.of(Messages.Column_schedule, Messages.Column_section, Messages.Column_title,
				Messages.Column_covered, Messages.Column_total, Messages.Column_percent);
		header(sheet, headers, new double[] { 10, 10, 50, 10, 17, 13 });
		int row = 1;
		for (ScheduleCoverage schedule : schedules) {
			for (SectionCoverage section : schedule.sections()) {
				sheet.value(row, 0, section.schedule());
				sheet.value(row, 1, section.sectionCode());
				sheet.value(row, 2, section.sectionTitle());
				sheet.value(row, 3, section.covered());
				sheet.value(row, 4, section.total());
				sheet.value(row, 5, section.percent());
				row++;
			}
		}
		finish(sheet, headers.size());
	}

	private static void writeCriteria(Worksheet sheet, List<CriterionRow> rows) {
		List<String> headers = List.of(Messages.Column_schedule, Messages.Column_section, Messages.Column_criterion,
				Messages.Column_statement, Messages.Column_critical);
		header(sheet, headers, new double[] { 10, 36, 12, 80, 10 });
		int row = 1;
		for (CriterionRow criterion : rows) {
			sheet.value(row, 0, criterion.schedule());
			sheet.value(row, 1, criterion.section());
			sheet.value(row, 2, criterion.code());
			sheet.value(row, 3, criterion.statement());
			sheet.value(row, 4, criterion.critical() ? Messages.Critical_yes : ""); //$NON-NLS-1$
			row++;
		}
		finish(sheet, headers.size());
	}

	private static void header(Worksheet sheet, List<String> headers, double[] widths) {
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().fillColor(HEADER_FILL).set();
			sheet.width(column, widths[column]);
		}
	}

	/** Adds the autofilter over every row written and freezes the header row. */
	private static void finish(Worksheet sheet, int columns) {
		sheet.setAutoFilter(0, 0, columns - 1);
		sheet.freezePane(0, 1);
	}
}
