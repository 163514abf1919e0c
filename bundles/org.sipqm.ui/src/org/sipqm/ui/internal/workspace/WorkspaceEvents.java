package org.sipqm.ui.internal.workspace;

/**
 * Event broker topics of the {@link WorkspaceService}. Subscribe with
 * {@code @Inject @Optional void method(@UIEventTopic(WorkspaceEvents.LOADED) Workspace workspace)}
 * to receive the data on the UI thread.
 */
public final class WorkspaceEvents {

	private static final String BASE = "org/sipqm/ui/workspace/"; //$NON-NLS-1$

	/** Posted when a folder starts loading. The data is the folder as a {@link java.nio.file.Path}. */
	public static final String LOADING = BASE + "loading"; //$NON-NLS-1$

	/**
	 * Posted when a workspace has loaded, possibly with load problems. The data is the
	 * {@link org.sipqm.core.store.Workspace}, which is then the service's current workspace.
	 */
	public static final String LOADED = BASE + "loaded"; //$NON-NLS-1$

	/**
	 * Posted when a folder could not be opened as a workspace. The data is a
	 * {@link WorkspaceLoadFailure}. The current workspace, if any, stays open.
	 */
	public static final String FAILED = BASE + "failed"; //$NON-NLS-1$

	/**
	 * Sent when an evaluation has been added to the current workspace and its file written. The
	 * data is the new {@link org.sipqm.model.evaluation.Evaluation}, which the workspace lists.
	 */
	public static final String EVALUATION_CREATED = BASE + "evaluationCreated"; //$NON-NLS-1$

	private WorkspaceEvents() {
	}
}
