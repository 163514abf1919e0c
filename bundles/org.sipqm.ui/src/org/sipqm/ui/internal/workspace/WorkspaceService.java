package org.sipqm.ui.internal.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;

import jakarta.inject.Inject;

/**
 * Opens workspace folders for the workbench. Each folder loads in a background job, and the
 * outcome is posted on the event broker under the topics of {@link WorkspaceEvents}. Loads run
 * one at a time in the order they were requested, so the last folder opened is the one shown.
 * <p>
 * The {@link WorkspaceAddon} puts the one instance into the application context. A
 * {@link Workspace} is not thread-safe: once the job has posted it, use it on the UI thread only.
 */
public class WorkspaceService {

	private static final ISchedulingRule ONE_LOAD_AT_A_TIME = new ISchedulingRule() {

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final IEventBroker eventBroker;
	private volatile Workspace current;

	@Inject
	public WorkspaceService(IEventBroker eventBroker) {
		this.eventBroker = eventBroker;
	}

	/** Returns the workspace loaded last, or nothing before the first one has loaded. */
	public Optional<Workspace> current() {
		return Optional.ofNullable(current);
	}

	/**
	 * Starts loading the folder in a background job and returns the scheduled job. Listen to
	 * {@link WorkspaceEvents} for the outcome.
	 */
	public Job open(Path folder) {
		IJobFunction loading = monitor -> load(folder, monitor);
		Job job = Job.create(NLS.bind(Messages.WorkspaceService_loadJob, folder), loading);
		job.setRule(ONE_LOAD_AT_A_TIME);
		job.schedule();
		return job;
	}

	private IStatus load(Path folder, IProgressMonitor monitor) {
		monitor.beginTask(NLS.bind(Messages.WorkspaceService_loadJob, folder), IProgressMonitor.UNKNOWN);
		eventBroker.post(WorkspaceEvents.LOADING, folder);
		try {
			Workspace workspace = WorkspaceStore.open(folder);
			current = workspace;
			ILog.of(getClass()).info("Opened the workspace " + workspace.root() + " with " //$NON-NLS-1$ //$NON-NLS-2$
					+ workspace.evaluations().size() + " evaluations and " //$NON-NLS-1$
					+ workspace.problems().size() + " load problems"); //$NON-NLS-1$
			eventBroker.post(WorkspaceEvents.LOADED, workspace);
		} catch (IOException e) {
			// The message names the folder and what to do; the user sees it in a dialogue.
			ILog.of(getClass()).warn("Failed to open the workspace " + folder + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			eventBroker.post(WorkspaceEvents.FAILED, new WorkspaceLoadFailure(folder, e.getMessage()));
		} catch (RuntimeException e) {
			// A defect rather than a bad file, since the store reports bad files as load problems.
			ILog.of(getClass()).error("Failed to open the workspace " + folder, e); //$NON-NLS-1$
			eventBroker.post(WorkspaceEvents.FAILED, new WorkspaceLoadFailure(folder,
					NLS.bind(Messages.WorkspaceService_unexpectedFailure, folder, e)));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}
}
