package org.sipqm.export.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sipqm.export.ExportMonitor;

/** Reports an export's progress to a JFace progress monitor and passes its cancel button on. */
final class ProgressAdapter implements ExportMonitor {

	private final IProgressMonitor monitor;

	ProgressAdapter(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		monitor.beginTask(name, totalWork);
	}

	@Override
	public void subTask(String name) {
		monitor.subTask(name);
	}

	@Override
	public void worked(int work) {
		monitor.worked(work);
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}
}
