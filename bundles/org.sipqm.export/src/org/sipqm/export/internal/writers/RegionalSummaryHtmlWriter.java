package org.sipqm.export.internal.writers;

/** Writes the regional summary of a selection as a self-contained HTML page. */
public final class RegionalSummaryHtmlWriter extends RegionalSummaryDocumentWriter {

	public RegionalSummaryHtmlWriter() {
		super(false);
	}
}
