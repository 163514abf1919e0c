package org.sipqm.export.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.JointVisits;
import org.sipqm.export.internal.document.Rows.ActionRow;
import org.sipqm.export.internal.document.Rows.JudgementRow;

/**
 * Writes the regional summary workbook with fastexcel: a sheet of judgements, one of joint-visit
 * compliance by local authority and term, and one of agreed actions. Each sheet has a bold header
 * row, an autofilter over its columns and the header row frozen.
 */
public final class RegionalWorkbook {

	private static final String APPLICATION = "SIP QM Workbench";
	/** fastexcel requires an application version of the form major.minor. */
	private static final String APPLICATION_VERSION = "0.1";
	private static final String DATE_FORMAT = "dd/mm/yyyy";
	private static final String HEADER_FILL = "E8EDF3";

	private RegionalWorkbook() {
	}

	/** Writes the workbook to the stream, which stays open. */
	public static void write(List<JudgementRow> judgements, List<JointVisits.Row> jointVisits, List<ActionRow> actions,
			OutputStream out, ExportMonitor monitor) throws IOException {
		Workbook workbook = new Workbook(new KeepOpen(out), APPLICATION, APPLICATION_VERSION);
		writeJudgements(workbook.newWorksheet(Messages.Sheet_judgements), judgements, monitor);
		monitor.checkCancelled();
		writeJointVisits(workbook.newWorksheet(Messages.Sheet_jointVisits), jointVisits);
		monitor.checkCancelled();
		writeActions(workbook.newWorksheet(Messages.Sheet_actions), actions);
		workbook.finish();
	}

	private static void writeJudgements(Worksheet sheet, List<JudgementRow> rows, ExportMonitor monitor) {
		List<String> headers = List.of(Messages.Column_authority, Messages.Column_authorityCode,
				Messages.Column_academicYear, Messages.Column_term, Messages.Column_schedule, Messages.Column_evaluation,
				Messages.Column_criterion, Messages.Column_grade, Messages.Column_gradeNumber,
				Messages.Column_evidenceCount);
		header(sheet, headers, new double[] { 24, 9, 13, 10, 10, 26, 14, 30, 14, 15 });
		int row = 1;
		for (JudgementRow judgement : rows) {
			if (row % 1000 == 0) {
				monitor.checkCancelled();
			}
			sheet.value(row, 0, judgement.authority());
			sheet.value(row, 1, judgement.authorityCode());
			sheet.value(row, 2, judgement.academicYear());
			sheet.value(row, 3, judgement.term());
			sheet.value(row, 4, judgement.schedule());
			sheet.value(row, 5, judgement.evaluationId());
			sheet.value(row, 6, judgement.criterionCode());
			sheet.value(row, 7, judgement.notEvaluated() ? Messages.Document_notEvaluated : judgement.grade());
			if (judgement.gradeNumber() != null) {
				sheet.value(row, 8, judgement.gradeNumber());
			}
			sheet.value(row, 9, judgement.evidenceCount());
			row++;
		}
		finish(sheet, headers.size());
	}

	private static void writeJointVisits(Worksheet sheet, List<JointVisits.Row> rows) {
		List<String> headers = List.of(Messages.Column_authority, Messages.Column_authorityCode,
				Messages.Column_academicYear, Messages.Column_term, Messages.Column_supportLevel,
				Messages.Column_requirement, Messages.Column_jointVisits, Messages.Column_coordinators,
				Messages.Column_compliance);
		header(sheet, headers, new double[] { 24, 9, 13, 10, 14, 28, 12, 22, 20 });
		int row = 1;
		for (JointVisits.Row visit : rows) {
			sheet.value(row, 0, visit.authority());
			sheet.value(row, 1, visit.authorityCode());
			sheet.value(row, 2, visit.academicYear());
			sheet.value(row, 3, visit.term());
			sheet.value(row, 4, visit.supportLevel());
			sheet.value(row, 5, visit.requirement());
			sheet.value(row, 6, visit.visits());
			sheet.value(row, 7, visit.coordinators());
			sheet.value(row, 8, visit.complianceText());
			row++;
		}
		finish(sheet, headers.size());
	}

	private static void writeActions(Worksheet sheet, List<ActionRow> rows) {
		List<String> headers = List.of(Messages.Column_authority, Messages.Column_authorityCode,
				Messages.Column_academicYear, Messages.Column_term, Messages.Column_schedule, Messages.Column_evaluation,
				Messages.Column_action, Messages.Column_owner, Messages.Column_dueDate, Messages.Column_status);
		header(sheet, headers, new double[] { 24, 9, 13, 10, 10, 26, 60, 22, 12, 13 });
		int row = 1;
		for (ActionRow action : rows) {
			sheet.value(row, 0, action.authority());
			sheet.value(row, 1, action.authorityCode());
			sheet.value(row, 2, action.academicYear());
			sheet.value(row, 3, action.term());
			sheet.value(row, 4, action.schedule());
			sheet.value(row, 5, action.evaluationId());
			sheet.value(row, 6, action.description());
			sheet.value(row, 7, action.owner());
			date(sheet, row, 8, action.dueDate());
			sheet.value(row, 9, action.status());
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

	private static void date(Worksheet sheet, int row, int column, LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date);
			sheet.style(row, column).format(DATE_FORMAT).set();
		}
	}

	/** Adds the autofilter over every row written and freezes the header row. */
	private static void finish(Worksheet sheet, int columns) {
		sheet.setAutoFilter(0, 0, columns - 1);
		sheet.freezePane(0, 1);
	}
}
