package org.sipqm.export.internal.writers;

import java.util.Set;

import org.sipqm.export.internal.document.EvaluationReports.Kind;

/** Writes a termly report (schedule 1) as a PDF. */
public final class TermlyReportPdfWriter extends EvaluationDocumentWriter {

	public TermlyReportPdfWriter() {
		super(Kind.TERMLY_REPORT, Set.of(1), true);
	}
}
