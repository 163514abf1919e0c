package org.sipqm.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.framework.FrameworkUtil;
import org.sipqm.core.internal.CoreLog;
import org.sipqm.core.internal.validation.EclipsePreferences;

/**
 * The rule settings of a region: the rules turned off, the severities changed and the values of
 * rule parameters. The settings are preferences of the node {@value #PREFERENCE_QUALIFIER},
 * so a region sets them in its product's {@code plugin_customization.ini} (default scope) and a
 * user in the workbench (instance scope), which wins:
 *
 * <pre>
 * org.sipqm.core/rules.joint-visit.missing.enabled=false
 * org.sipqm.core/rules.judgement.evidence-for-grade.severity=error
 * org.sipqm.core/rules.joint-visit.missing.visitsPerYear=2
 * </pre>
 *
 * Severity values are {@code error}, {@code warning} and {@code info}. A value that cannot be read
 * is logged and ignored. Outside OSGi, where there are no Eclipse preferences, the settings come
 * from Java system properties of the same names with the qualifier and a slash in front, such as
 * {@code -Dorg.sipqm.core/rules.joint-visit.missing.enabled=false}.
 */
public final class RuleSettings {

	/** The preference node, the symbolic name of this bundle. */
	public static final String PREFERENCE_QUALIFIER = "org.sipqm.core";

	private static final String PREFIX = "rules.";
	private static final RuleSettings DEFAULTS = new RuleSettings(key -> null);

	private final UnaryOperator<String> lookup;

	private RuleSettings(UnaryOperator<String> lookup) {
		this.lookup = lookup;
	}

	/** Returns settings that change nothing: every rule on, at the severity it reports. */
	public static RuleSettings defaults() {
		return DEFAULTS;
	}

	/** Returns settings from a map of preference keys, such as {@link #enabledKey(String)}, to values. */
	public static RuleSettings of(Map<String, String> values) {
		Map<String, String> copy = Map.copyOf(values);
		return new RuleSettings(copy::get);
	}

	/**
	 * Returns the settings in the Eclipse preferences, looked up in instance, configuration and
	 * default scope in that order, or in the system properties when the bundle runs outside OSGi.
	 */
	public static RuleSettings fromPreferences() {
		if (FrameworkUtil.getBundle(RuleSettings.class) == null) {
			return new RuleSettings(key -> System.getProperty(PREFERENCE_QUALIFIER + "/" + key));
		}
		return new RuleSettings(EclipsePreferences.lookup(PREFERENCE_QUALIFIER));
	}

	/** Returns the key that turns a rule off when its value is {@code false}. */
	public static String enabledKey(String ruleId) {
		return PREFIX + ruleId + ".enabled";
	}

	/** Returns the key whose value, {@code error}, {@code warning} or {@code info}, replaces a rule's severity. */
	public static String severityKey(String ruleId) {
		return PREFIX + ruleId + ".severity";
	}

	/** Returns the key of a rule parameter, such as {@code visitsPerYear}. */
	public static String parameterKey(String ruleId, String parameter) {
		return PREFIX + ruleId + "." + parameter;
	}

	/** Returns whether the rule runs. Rules run unless their enabled key is {@code false}. */
	public boolean isEnabled(String ruleId) {
		String value = value(enabledKey(ruleId));
		if (value == null) {
			return true;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			CoreLog.warn("Ignored the preference " + enabledKey(ruleId) + "=" + value + ": expected true or false");
			return true;
		}
		return Boolean.parseBoolean(value);
	}

	/** Returns the severity set for the rule, or nothing when the rule keeps its own. */
	public Optional<Severity> severity(String ruleId) {
		String value = value(severityKey(ruleId));
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException e) {
			CoreLog.warn("Ignored the preference " + severityKey(ruleId) + "=" + value
					+ ": expected error, warning or info");
			return Optional.empty();
		}
	}

	/** Returns the value of a rule parameter, or nothing when it is not set. */
	public Optional<String> parameter(String ruleId, String parameter) {
		return Optional.ofNullable(value(parameterKey(ruleId, parameter)));
	}

	/**
	 * Returns a whole-number parameter of at least {@code minimum}, or the default when it is not
	 * set or invalid. An invalid value is logged.
	 */
	public int intParameter(String ruleId, String parameter, int defaultValue, int minimum) {
		Optional<String> value = parameter(ruleId, parameter);
		if (value.isEmpty()) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.get());
			if (number >= minimum) {
				return number;
			}
		} catch (NumberFormatException e) {
			// Logged below with the value, like a number that is too small.
		}
		CoreLog.warn("Ignored the preference " + parameterKey(ruleId, parameter) + "=" + value.get()
				+ ": expected a whole number of at least " + minimum + "; using " + defaultValue);
		return defaultValue;
	}

	private String value(String key) {
		String value = lookup.apply(Objects.requireNonNull(key));
		return value == null || value.isBlank() ? null : value.strip();
	}
}
