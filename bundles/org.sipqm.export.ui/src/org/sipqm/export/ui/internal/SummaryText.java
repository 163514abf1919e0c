package org.sipqm.export.ui.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.sipqm.export.ExportReport;

/** The text of the summary after an export: each file written, each failure, and whether it was cancelled. */
public final class SummaryText {

	private SummaryText() {
	}

	public static String of(ExportReport report, Path folder) {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Summary_written, folder, report.written().size())).append('\n');
		for (ExportReport.WrittenFile file : report.written()) {
			text.append("  ").append(file.file().getFileName()).append('\n'); //$NON-NLS-1$
		}
		if (!report.failures().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Summary_failed, report.failures().size())).append('\n');
			for (ExportReport.Failure failure : report.failures()) {
				Object name = failure.file() == null ? failure.exporterId() : failure.file().getFileName();
				text.append("  ").append(NLS.bind(Messages.Summary_failure, name, failure.reason())).append('\n'); //$NON-NLS-1$
			}
		}
		if (report.cancelled()) {
			text.append('\n').append(Messages.Summary_cancelled).append('\n');
		}
		return text.toString();
	}
}
