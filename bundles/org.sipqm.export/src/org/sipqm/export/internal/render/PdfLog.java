package org.sipqm.export.internal.render;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Passes openhtmltopdf's warnings and errors to the Java platform logger of this class and drops
 * its information messages, which it writes for every document.
 */
final class PdfLog implements XRLogger {

	private static final System.Logger LOGGER = System.getLogger(PdfLog.class.getName());

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable exception) {
		if (level.intValue() >= Level.WARNING.intValue()) {
			System.Logger.Level target = level.intValue() >= Level.SEVERE.intValue() ? System.Logger.Level.ERROR
					: System.Logger.Level.WARNING;
			LOGGER.log(target, "openhtmltopdf (" + where + "): " + message, exception);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// The threshold is fixed at warnings.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}
}
