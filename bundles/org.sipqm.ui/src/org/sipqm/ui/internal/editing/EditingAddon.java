package org.sipqm.ui.internal.editing;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;

import jakarta.inject.Inject;

/**
 * Puts the evaluation save handler and the window close handler into every top-level window's
 * context once the workbench has started. The window renderer sets default handlers when it
 * creates a window, so these replace them afterwards.
 * <p>
 * Whenever a workspace has loaded and the window is up, it offers the workspace's autosave
 * journal for recovery, and after the first workspace it opens the evaluation given with
 * {@value StartupEvaluation#OPTION}.
 */
public class EditingAddon {

	private boolean started;
	private Workspace loadedBeforeStart;
	private boolean startupEvaluationHandled;

	@Inject
	@Optional
	public void installHandlers(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object startedApplication,
			MApplication application, EModelService modelService) {
		for (MWindow window : application.getChildren()) {
			IEclipseContext context = window.getContext();
			if (context == null || !(window.getWidget() instanceof Shell shell)) {
				continue;
			}
			ISaveHandler saveHandler = new EvaluationSaveHandler(new DialogSavePrompt(shell));
			context.set(ISaveHandler.class, saveHandler);
			context.set(IWindowCloseHandler.class, new DirtyWindowCloseHandler(modelService, saveHandler));
		}
		started = true;
		if (loadedBeforeStart != null) {
			Workspace workspace = loadedBeforeStart;
			loadedBeforeStart = null;
			workspaceReady(workspace, application);
		}
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace workspace, MApplication application) {
		if (started) {
			workspaceReady(workspace, application);
		} else {
			loadedBeforeStart = workspace;
		}
	}

	private void workspaceReady(Workspace workspace, MApplication application) {
		MWindow window = application.getChildren().stream()
				.filter(candidate -> candidate.getWidget() instanceof Shell shell && !shell.isDisposed())
				.findFirst().orElse(null);
		if (window == null || window.getContext() == null) {
			return;
		}
		Shell shell = (Shell) window.getWidget();
		EPartService partService = window.getContext().get(EPartService.class);
		JournalRecovery.offer(shell, workspace, partService);

		if (!startupEvaluationHandled) {
			startupEvaluationHandled = true;
			try {
				StartupEvaluation.file(Platform.getApplicationArgs())
						.ifPresent(file -> StartupEvaluation.open(shell, workspace, partService, file));
			} catch (IllegalArgumentException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
	}
}
