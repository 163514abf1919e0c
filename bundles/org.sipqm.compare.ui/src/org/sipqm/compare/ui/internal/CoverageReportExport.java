package org.sipqm.compare.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;

/**
 * The crosswalk view's Export Coverage Report…: it lets the user choose a file, picks the
 * coverage-report exporter for the file's extension and writes the report atomically in the
 * background under a progress dialogue, so a failed or cancelled export leaves no partial file.
 */
public final class CoverageReportExport {

	/** The report contains no evaluation material, so it is written for the shared audience. */
	private static final Audience AUDIENCE = Audience.SHARED;

	private CoverageReportExport() {
	}

	/** Lets the user choose the file and writes the report, or explains why there is nothing to report yet. */
	static void chooseAndExport(Shell shell, CrosswalkCoverage coverage) {
		if (coverage == null) {
			MessageDialog.openInformation(shell, Messages.Coverage_exportTitle, Messages.Coverage_nothingToExport);
			return;
		}
		List<Exporter> exporters = exporters();
		if (exporters.isEmpty()) {
			MessageDialog.openError(shell, Messages.Coverage_exportTitle, Messages.Coverage_noExporter);
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Coverage_exportTitle);
		dialog.setOverwrite(true);
		dialog.setFilterNames(exporters.stream().map(Exporter::label).toArray(String[]::new));
		dialog.setFilterExtensions(exporters.stream().map(exporter -> "*." + exporter.fileExtension()).toArray(String[]::new)); //$NON-NLS-1$
		dialog.setFileName(fileName(coverage) + "." + exporters.get(0).fileExtension()); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		Exporter exporter = exporterFor(file, exporters, dialog.getFilterIndex());
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + exporter.fileExtension())) { //$NON-NLS-1$
			file = file.resolveSibling(file.getFileName() + "." + exporter.fileExtension()); //$NON-NLS-1$
		}
		export(shell, coverage, exporter, file);
	}

	/**
	 * Writes the report with the exporter to the file under a progress dialogue and shows any
	 * failure. Returns whether the file was written.
	 */
	public static boolean export(Shell shell, CrosswalkCoverage coverage, Exporter exporter, Path file) {
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> write(coverage, exporter, file, monitor));
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(CoverageReportExport.class).error("Coverage report " + file + " failed", cause); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(shell, Messages.Coverage_exportTitle,
					NLS.bind(Messages.Coverage_exportFailed, file, describe(cause)));
			return false;
		} catch (InterruptedException e) {
			// The user cancelled, and AtomicFiles left the previous file as it was.
			return false;
		}
	}

	/** Returns the coverage-report exporters, PDF first, as the export plug-in's registry lists them. */
	public static List<Exporter> exporters() {
		return ExporterRegistry.getDefault().select(CrosswalkCoverage.KIND, null, AUDIENCE);
	}

	private static void write(CrosswalkCoverage coverage, Exporter exporter, Path file, IProgressMonitor monitor)
			throws InvocationTargetException, InterruptedException {
		monitor.beginTask(NLS.bind(Messages.Coverage_exportProgress, file.getFileName()), IProgressMonitor.UNKNOWN);
		ExportMonitor exportMonitor = new ExportMonitor() {
			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
		try {
			AtomicFiles.write(file, out -> exporter.export(coverage, AUDIENCE, out, exportMonitor));
		} catch (OperationCanceledException e) {
			throw new InterruptedException();
		} catch (IOException | RuntimeException e) {
			throw new InvocationTargetException(e);
		} finally {
			monitor.done();
		}
	}

	private static Exporter exporterFor(Path file, List<Exporter> exporters, int filterIndex) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (Exporter exporter : exporters) {
			if (name.endsWith("." + exporter.fileExtension())) { //$NON-NLS-1$
				return exporter;
			}
		}
		return exporters.get(filterIndex >= 0 && filterIndex < exporters.size() ? filterIndex : 0);
	}

	private static String fileName(CrosswalkCoverage coverage) {
		String name = coverage.crosswalk().getName();
		String base = name == null || name.isBlank() ? coverage.local().framework().getId() : name;
		// A framework imported from a file is named after it, such as "derby.csv", so that extension is dropped.
		base = base.replaceFirst("\\.(csv|xlsx)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return "coverage-" + base.replaceAll("[^A-Za-z0-9._-]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String describe(Throwable error) {
		String message = error.getMessage();
		return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
	}
}
