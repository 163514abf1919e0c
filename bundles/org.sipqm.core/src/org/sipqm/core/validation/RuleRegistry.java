package org.sipqm.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.FrameworkUtil;
import org.sipqm.core.internal.validation.DefaultRules;
import org.sipqm.core.internal.validation.RuleExtensionReader;

/**
 * The rules the validator runs: those the workbench ships and those that regional plug-ins
 * contribute through the extension point {@value #EXTENSION_POINT_ID}. This class is the one
 * reader of that extension point. Outside OSGi, where there is no extension registry, only the
 * shipped rules are known.
 */
public final class RuleRegistry {

	/** The extension point through which plug-ins contribute rules. */
	public static final String EXTENSION_POINT_ID = "org.sipqm.core.rules";

	private static RuleRegistry defaultRegistry;

	private final Map<String, RuleDescriptor> descriptors;

	private RuleRegistry(List<RuleDescriptor> descriptors) {
		Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
		for (RuleDescriptor descriptor : descriptors) {
			if (byId.putIfAbsent(descriptor.id(), descriptor) != null) {
				throw new IllegalArgumentException("Two rules have the id " + descriptor.id());
			}
		}
		this.descriptors = byId;
	}

	/**
	 * Returns the registry of the shipped rules and the contributed ones, reading the extension
	 * registry on the first call. Contributions that cannot be used are logged and left out.
	 */
	public static synchronized RuleRegistry getDefault() {
		if (defaultRegistry == null) {
			List<RuleDescriptor> all = new ArrayList<>(DefaultRules.descriptors());
			if (FrameworkUtil.getBundle(RuleRegistry.class) != null) {
				all.addAll(RuleExtensionReader.read(EXTENSION_POINT_ID,
						all.stream().map(RuleDescriptor::id).toList()));
			}
			defaultRegistry = new RuleRegistry(all);
		}
		return defaultRegistry;
	}

	/** Returns a registry of the shipped rules only. */
	public static RuleRegistry builtIn() {
		return new RuleRegistry(DefaultRules.descriptors());
	}

	/**
	 * Returns a registry of the given rules, such as the shipped ones and a test's own.
	 *
	 * @throws IllegalArgumentException when two rules have the same id
	 */
	public static RuleRegistry of(List<RuleDescriptor> descriptors) {
		return new RuleRegistry(descriptors);
	}

	/** Returns every rule, the shipped ones first, in the order they run. */
	public List<RuleDescriptor> descriptors() {
		return List.copyOf(descriptors.values());
	}

	public Optional<RuleDescriptor> descriptor(String ruleId) {
		return Optional.ofNullable(descriptors.get(ruleId));
	}

	public List<ElementRule> elementRules() {
		return descriptors.values().stream().map(RuleDescriptor::elementRule).filter(rule -> rule != null).toList();
	}

	public List<WorkspaceRule> workspaceRules() {
		return descriptors.values().stream().map(RuleDescriptor::workspaceRule).filter(rule -> rule != null).toList();
	}

	/**
	 * Returns the default severity that each contributed rule declares, by rule id. The validator
	 * gives it to their diagnostics, as a contributed rule may report any severity.
	 */
	public Map<String, Severity> contributedSeverities() {
		Map<String, Severity> severities = new HashMap<>();
		for (RuleDescriptor descriptor : descriptors.values()) {
			if (!descriptor.isBuiltIn()) {
				severities.put(descriptor.id(), descriptor.defaultSeverity());
			}
		}
		return severities;
	}
}
