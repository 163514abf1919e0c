package org.sipqm.core.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.sipqm.core.internal.CoreLog;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleDescriptor;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;

/**
 * Reads the rules that plug-ins contribute through the {@code org.sipqm.core.rules} extension
 * point, as {@code schema/rules.exsd} documents it. It is a class of its own so that code running
 * outside OSGi never loads the registry classes. A contribution that cannot be used is logged,
 * with its plug-in and the reason, and left out.
 */
public final class RuleExtensionReader {

	private static final String RULE = "rule";
	private static final String DESCRIPTION = "description";

	private RuleExtensionReader() {
	}

	/**
	 * Returns a descriptor for each usable contribution.
	 *
	 * @param takenIds the ids of the rules known already, which contributions must not reuse
	 */
	public static List<RuleDescriptor> read(String extensionPointId, Collection<String> takenIds) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			CoreLog.warn("The extension registry is not running, so no rules of " + extensionPointId + " are read");
			return List.of();
		}

		Set<String> ids = new HashSet<>(takenIds);
		List<RuleDescriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
			if (!RULE.equals(element.getName())) {
				continue;
			}
			RuleDescriptor descriptor = descriptor(element);
			if (descriptor != null && !ids.add(descriptor.id())) {
				CoreLog.warn("Ignored the rule " + descriptor.id() + " of " + descriptor.contributor()
						+ ": another rule has that id. Give the rule an id of its own, such as one that starts with the plug-in's name");
			} else if (descriptor != null) {
				descriptors.add(descriptor);
			}
		}
		return descriptors;
	}

	private static RuleDescriptor descriptor(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		if (id == null || id.isBlank()) {
			CoreLog.warn("Ignored a rule of " + contributor + ": it has no id");
			return null;
		}

		Object rule;
		try {
			rule = element.createExecutableExtension("class");
		} catch (CoreException e) {
			CoreLog.error("Ignored the rule " + id + " of " + contributor + ": its class " + element.getAttribute("class")
					+ " could not be created", e);
			return null;
		}
		String ruleId = rule instanceof ElementRule elementRule ? elementRule.id()
				: rule instanceof WorkspaceRule workspaceRule ? workspaceRule.id() : null;
		if (ruleId == null) {
			CoreLog.warn("Ignored the rule " + id + " of " + contributor + ": its class " + rule.getClass().getName()
					+ " implements neither " + ElementRule.class.getName() + " nor " + WorkspaceRule.class.getName());
			return null;
		}
		if (!id.equals(ruleId)) {
			CoreLog.warn("Ignored the rule " + id + " of " + contributor + ": its class returns the id " + ruleId
					+ ", but diagnostics must carry the id the extension declares. Make the two the same");
			return null;
		}

		String name = element.getAttribute("name");
		return new RuleDescriptor(id, name == null || name.isBlank() ? id : name, description(element),
				severity(element, id, contributor), contributor, rule instanceof ElementRule elementRule ? elementRule : null,
				rule instanceof ElementRule ? null : (WorkspaceRule) rule);
	}

	private static Severity severity(IConfigurationElement element, String id, String contributor) {
		String value = element.getAttribute("defaultSeverity");
		if (value == null || value.isBlank()) {
			return Severity.WARNING;
		}
		try {
			return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			CoreLog.warn("The rule " + id + " of " + contributor + " declares the severity '" + value
					+ "'; expected error, warning or info, so it reports warnings");
			return Severity.WARNING;
		}
	}

	private static String description(IConfigurationElement element) {
		IConfigurationElement[] children = element.getChildren(DESCRIPTION);
		if (children.length == 0 || children[0].getValue() == null) {
			return "";
		}
		return children[0].getValue().strip().replaceAll("\\s+", " ");
	}
}
