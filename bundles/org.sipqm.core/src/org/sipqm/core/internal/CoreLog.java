package org.sipqm.core.internal;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;

/**
 * Logs this bundle's warnings and errors to the platform log, or to standard error when the
 * bundle runs outside OSGi, such as in the benchmark programs, where there is no platform log.
 */
public final class CoreLog {

	private CoreLog() {
	}

	public static void warn(String message) {
		if (FrameworkUtil.getBundle(CoreLog.class) == null) {
			System.err.println("WARNING: " + message);
		} else {
			ILog.of(CoreLog.class).warn(message);
		}
	}

	public static void error(String message, Throwable exception) {
		if (FrameworkUtil.getBundle(CoreLog.class) == null) {
			System.err.println("ERROR: " + message + ": " + exception);
		} else {
			ILog.of(CoreLog.class).error(message, exception);
		}
	}
}
