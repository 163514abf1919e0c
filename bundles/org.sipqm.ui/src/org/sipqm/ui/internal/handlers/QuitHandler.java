package org.sipqm.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * Closes the workbench (File &gt; Quit, Ctrl+Q), after each window's close handler has let the
 * user save or discard unsaved evaluations. {@link IWorkbench#close()} itself asks no window.
 */
public class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench, MApplication application) {
		for (MWindow window : application.getChildren()) {
			IWindowCloseHandler closeHandler = window.getContext() == null ? null
					: window.getContext().get(IWindowCloseHandler.class);
			if (closeHandler != null && !closeHandler.close(window)) {
				return;
			}
		}
		workbench.close();
	}
}
