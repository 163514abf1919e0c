package org.sipqm.core.internal.validation;

import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.sipqm.core.internal.CoreLog;

/**
 * Reads preferences of one node in the platform's order of scopes: instance, configuration and
 * then default scope. It is a class of its own so that code running outside OSGi never loads the
 * preference classes.
 */
public final class EclipsePreferences {

	private EclipsePreferences() {
	}

	/** Returns a function from a key to its value, or to null when no scope sets it. */
	public static UnaryOperator<String> lookup(String qualifier) {
		IPreferencesService service = Platform.getPreferencesService();
		if (service == null) {
			CoreLog.warn("The preference service is not running, so the rule preferences of " + qualifier
					+ " are not read and every rule runs with its defaults");
			return key -> null;
		}
		return key -> service.getString(qualifier, key, null, null);
	}
}
