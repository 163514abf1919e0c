package org.sipqm.export.internal.writers;

import java.util.Set;

import org.sipqm.export.internal.document.EvaluationReports.Kind;

/** Writes a headteacher discussion summary (schedule 2) as a PDF. */
public final class DiscussionSummaryPdfWriter extends EvaluationDocumentWriter {

	public DiscussionSummaryPdfWriter() {
		super(Kind.DISCUSSION_SUMMARY, Set.of(2), true);
	}
}
