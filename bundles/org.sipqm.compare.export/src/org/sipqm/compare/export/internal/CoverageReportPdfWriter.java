package org.sipqm.compare.export.internal;

/** Writes the coverage report of a crosswalk as a PDF. */
public final class CoverageReportPdfWriter extends CoverageReportDocumentWriter {

	public CoverageReportPdfWriter() {
		super(true);
	}
}
