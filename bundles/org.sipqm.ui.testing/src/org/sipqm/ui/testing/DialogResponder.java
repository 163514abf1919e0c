package org.sipqm.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Responds to a modal JFace dialogue that a test is about to open. It watches the display until a
 * window of the given type is open, then runs the test's action on it from inside the
 * dialogue's own event loop. An action that throws closes the window, and {@link #assertAnswered()}
 * reports the error.
 */
public final class DialogResponder<T extends Window> {

	private static final int POLL_MILLIS = 50;
	private static final int TIMEOUT_MILLIS = 10_000;

	private final Display display;
	private final Class<T> type;
	private final Consumer<T> action;
	private boolean answered;
	private Throwable failure;
	private int waitedMillis;

	private DialogResponder(Display display, Class<T> type, Consumer<T> action) {
		this.display = display;
		this.type = type;
		this.action = action;
	}

	/** Starts watching for a window of the type; call it before the step that opens the dialogue. */
	public static <T extends Window> DialogResponder<T> answer(Display display, Class<T> type, Consumer<T> action) {
		DialogResponder<T> responder = new DialogResponder<>(display, type, action);
		display.timerExec(POLL_MILLIS, responder::poll);
		return responder;
	}

	/** Fails unless the dialogue opened and the action ran without an error. */
	public void assertAnswered() {
		if (failure != null) {
			throw new AssertionError("responding to the " + type.getSimpleName() + " failed", failure);
		}
		assertTrue(answered, "no " + type.getSimpleName() + " opened");
	}

	private void poll() {
		for (Shell shell : display.getShells()) {
			if (type.isInstance(shell.getData()) && shell.isVisible()) {
				T window = type.cast(shell.getData());
				answered = true;
				try {
					action.accept(window);
				} catch (RuntimeException | AssertionError e) {
					failure = e;
					window.close();
				}
				return;
			}
		}
		waitedMillis += POLL_MILLIS;
		if (waitedMillis < TIMEOUT_MILLIS) {
			display.timerExec(POLL_MILLIS, this::poll);
		}
	}
}
