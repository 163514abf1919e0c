package org.sipqm.export.internal.writers;

import java.util.Set;

import org.sipqm.export.internal.document.EvaluationReports.Kind;

/** Writes a headteacher discussion summary (schedule 2) as a self-contained HTML page. */
public final class DiscussionSummaryHtmlWriter extends EvaluationDocumentWriter {

	public DiscussionSummaryHtmlWriter() {
		super(Kind.DISCUSSION_SUMMARY, Set.of(2), false);
	}
}
