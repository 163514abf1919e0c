package org.sipqm.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * Logs start-up milestones with the milliseconds since the JVM started, when the workbench runs
 * with the trace option {@value #OPTION} (see the bundle's {@code .options} file).
 */
public final class StartupTrace {

	/** Trace option, listed in the bundle's {@code .options} file, that logs the start-up time. */
	public static final String OPTION = "org.sipqm.ui/debug/startup"; //$NON-NLS-1$

	private StartupTrace() {
	}

	/** Logs "{@code <milestone> <n> ms after the JVM started}" when the trace option is on. */
	public static void log(String milestone) {
		if (!Platform.getDebugBoolean(OPTION)) {
			return;
		}
		ProcessHandle.current().info().startInstant().ifPresent(start -> {
			long millis = Duration.between(start, Instant.now()).toMillis();
			ILog.of(StartupTrace.class).info(milestone + " " + millis + " ms after the JVM started"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}
}
