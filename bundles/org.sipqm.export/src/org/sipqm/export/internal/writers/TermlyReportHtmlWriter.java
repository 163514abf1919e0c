package org.sipqm.export.internal.writers;

import java.util.Set;

import org.sipqm.export.internal.document.EvaluationReports.Kind;

/** Writes a termly report (schedule 1) as a self-contained HTML page. */
public final class TermlyReportHtmlWriter extends EvaluationDocumentWriter {

	public TermlyReportHtmlWriter() {
		super(Kind.TERMLY_REPORT, Set.of(1), false);
	}
}
