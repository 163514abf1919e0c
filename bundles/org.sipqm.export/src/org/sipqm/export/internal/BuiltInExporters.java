package org.sipqm.export.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.sipqm.core.redaction.Audience;
import org.sipqm.export.ExportScope;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.Exporter;
import org.sipqm.export.internal.writers.DiscussionSummaryHtmlWriter;
import org.sipqm.export.internal.writers.DiscussionSummaryPdfWriter;
import org.sipqm.export.internal.writers.JudgementsCsvWriter;
import org.sipqm.export.internal.writers.NoteOfVisitHtmlWriter;
import org.sipqm.export.internal.writers.NoteOfVisitPdfWriter;
import org.sipqm.export.internal.writers.RegionalSummaryHtmlWriter;
import org.sipqm.export.internal.writers.RegionalSummaryPdfWriter;
import org.sipqm.export.internal.writers.RegionalSummaryXlsxWriter;
import org.sipqm.export.internal.writers.TermlyReportHtmlWriter;
import org.sipqm.export.internal.writers.TermlyReportPdfWriter;

/**
 * The exporters that this bundle's plugin.xml contributes, for use outside OSGi, where no
 * extension registry reads plugin.xml. A test in OSGi checks that both lists agree.
 */
public final class BuiltInExporters {

	private static final Set<Audience> BOTH = EnumSet.allOf(Audience.class);

	private BuiltInExporters() {
	}

	/** Returns the built-in exporters in the order of plugin.xml. */
	public static List<Exporter> create() {
		return List.of(
				exporter("noteOfVisit.pdf", Messages.Exporter_noteOfVisitPdf, "note-of-visit", "pdf",
						ExportScope.EVALUATION, NoteOfVisitPdfWriter::new),
				exporter("noteOfVisit.html", Messages.Exporter_noteOfVisitHtml, "note-of-visit", "html",
						ExportScope.EVALUATION, NoteOfVisitHtmlWriter::new),
				exporter("termlyReport.pdf", Messages.Exporter_termlyReportPdf, "termly-report", "pdf",
						ExportScope.EVALUATION, TermlyReportPdfWriter::new),
				exporter("termlyReport.html", Messages.Exporter_termlyReportHtml, "termly-report", "html",
						ExportScope.EVALUATION, TermlyReportHtmlWriter::new),
				exporter("discussionSummary.pdf", Messages.Exporter_discussionSummaryPdf, "discussion-summary", "pdf",
						ExportScope.EVALUATION, DiscussionSummaryPdfWriter::new),
				exporter("discussionSummary.html", Messages.Exporter_discussionSummaryHtml, "discussion-summary", "html",
						ExportScope.EVALUATION, DiscussionSummaryHtmlWriter::new),
				exporter("regionalSummary.pdf", Messages.Exporter_regionalSummaryPdf, "regional-summary", "pdf",
						ExportScope.SELECTION, RegionalSummaryPdfWriter::new),
				exporter("regionalSummary.html", Messages.Exporter_regionalSummaryHtml, "regional-summary", "html",
						ExportScope.SELECTION, RegionalSummaryHtmlWriter::new),
				exporter("regionalSummary.xlsx", Messages.Exporter_regionalSummaryXlsx, "regional-summary", "xlsx",
						ExportScope.SELECTION, RegionalSummaryXlsxWriter::new),
				exporter("judgements.csv", Messages.Exporter_judgementsCsv, "judgements", "csv", ExportScope.SELECTION,
						JudgementsCsvWriter::new));
	}

	private static Exporter exporter(String id, String label, String kind, String fileExtension, ExportScope scope,
			Supplier<ExportWriter> writer) {
		return new ContributedExporter("org.sipqm.export." + id, label, kind, fileExtension, BOTH, scope, writer);
	}
}
