package org.sipqm.export;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Progress and cancellation of an export, so that the command line and the wizard's progress
 * monitor can both follow it. Methods may be called from a background thread.
 */
public interface ExportMonitor {

	/** A monitor that shows nothing and is never cancelled. */
	ExportMonitor NONE = new ExportMonitor() {
	};

	/** Starts the export, which has the given number of work units. */
	default void beginTask(String name, int totalWork) {
	}

	/** Names the step in progress, such as the file being written. */
	default void subTask(String name) {
	}

	/** Reports that a number of work units are done. */
	default void worked(int work) {
	}

	/** Returns whether the user asked to stop. */
	default boolean isCancelled() {
		return false;
	}

	/** Throws {@link OperationCanceledException} when the user asked to stop. */
	default void checkCancelled() {
		if (isCancelled()) {
			throw new OperationCanceledException();
		}
	}
}
