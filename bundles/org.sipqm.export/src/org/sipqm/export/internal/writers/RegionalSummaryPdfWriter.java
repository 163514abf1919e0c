package org.sipqm.export.internal.writers;

/** Writes the regional summary of a selection as a PDF. */
public final class RegionalSummaryPdfWriter extends RegionalSummaryDocumentWriter {

	public RegionalSummaryPdfWriter() {
		super(true);
	}
}
