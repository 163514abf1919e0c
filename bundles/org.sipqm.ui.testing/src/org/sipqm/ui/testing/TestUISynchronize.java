package org.sipqm.ui.testing;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the display thread of the tests, as the workbench's own {@link UISynchronize}
 * does. The e4 event supplier delivers {@code @UIEventTopic} events through it.
 */
public final class TestUISynchronize extends UISynchronize {

	private final Display display;

	public TestUISynchronize(Display display) {
		this.display = display;
	}

	@Override
	public void syncExec(Runnable runnable) {
		display.syncExec(runnable);
	}

	@Override
	public void asyncExec(Runnable runnable) {
		display.asyncExec(runnable);
	}

	@Override
	protected boolean isUIThread(Thread thread) {
		return display.getThread() == thread;
	}

	@Override
	protected void showBusyWhile(Runnable runnable) {
		BusyIndicator.showWhile(display, runnable);
	}

	@Override
	protected boolean dispatchEvents() {
		return display.readAndDispatch();
	}
}
