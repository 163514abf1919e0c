package org.sipqm.ui.internal.editing;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;

/**
 * Puts the evaluation save handler and the window close handler into every top-level window's
 * context once the workbench has started. The window renderer sets default handlers when it
 * creates a window, so these replace them afterwards.
 */
public class EditingAddon {

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
	}
}
