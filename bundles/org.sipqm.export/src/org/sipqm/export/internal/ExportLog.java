package org.sipqm.export.internal;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.export.Exporter;

/**
 * Logs export failures to the platform log, or to standard error outside OSGi, where there is
 * no platform log. The user sees the same failures in the export's report.
 */
final class ExportLog {

	private ExportLog() {
	}

	static void failed(ExportRun.Document document, Exception exception) {
		error("Failed to export " + document.file() + " with " + document.exporter().id(), exception);
	}

	static void failed(Exporter exporter, Exception exception) {
		error("Failed to choose the evaluations for " + exporter.id(), exception);
	}

	private static void error(String message, Exception exception) {
		if (FrameworkUtil.getBundle(ExportLog.class) == null) {
			System.err.println("ERROR: " + message + ": " + exception);
		} else {
			ILog.of(ExportLog.class).error(message, exception);
		}
	}
}
