package org.sipqm.export.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.Exporter;

/**
 * The batch export that the wizard runs in its container: every chosen exporter over the chosen
 * evaluations into one folder, each file written under a temporary name and renamed when
 * complete, so cancelling leaves only complete files.
 * <p>
 * It runs in a background thread. The modal wizard keeps the workspace from being edited
 * meanwhile, and the operation only reads the evaluations, through the redaction service's copies.
 */
public final class ExportOperation implements IRunnableWithProgress {

	private final List<Exporter> exporters;
	private final ExportRequest request;
	private final Path folder;
	private volatile ExportReport report;

	public ExportOperation(List<Exporter> exporters, ExportRequest request, Path folder) {
		this.exporters = List.copyOf(exporters);
		this.request = request;
		this.folder = folder;
	}

	@Override
	public void run(IProgressMonitor monitor) {
		try {
			report = Exporter.exportAll(exporters, request, folder, new ProgressAdapter(monitor));
		} finally {
			monitor.done();
		}
	}

	/** Returns the outcome, or null before the operation has run. */
	public ExportReport report() {
		return report;
	}

	public Path folder() {
		return folder;
	}
}
