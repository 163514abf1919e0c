package org.sipqm.compare.export.internal;

/** Writes the coverage report of a crosswalk as a self-contained HTML page. */
public final class CoverageReportHtmlWriter extends CoverageReportDocumentWriter {

	public CoverageReportHtmlWriter() {
		super(false);
	}
}
