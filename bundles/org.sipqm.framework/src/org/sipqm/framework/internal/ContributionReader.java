package org.sipqm.framework.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.sipqm.framework.FrameworkContribution;

/**
 * Reads the {@code org.sipqm.framework.contributions} extension point. It only turns declarations
 * into {@link FrameworkContribution}s, and {@link ContributionMerger} checks them. So every fault,
 * a missing attribute as much as a clashing criterion, reaches the same list of diagnostics.
 */
public final class ContributionReader {

	public static final String EXTENSION_POINT = "org.sipqm.framework.contributions";

	private static final String CONTRIBUTION = "contribution";
	private static final String FRAMEWORK = "framework";
	private static final String EDITION = "edition";
	private static final String RESOURCE = "resource";

	private ContributionReader() {
	}

	/**
	 * Returns the contributions declared in the running platform's extension registry, or none when
	 * there is no registry, as in plain Java.
	 */
	public static List<FrameworkContribution> readExtensionRegistry() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		return registry == null ? List.of() : read(registry);
	}

	/** Returns the contributions declared in the registry, in the registry's order. */
	public static List<FrameworkContribution> read(IExtensionRegistry registry) {
		List<FrameworkContribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (CONTRIBUTION.equals(element.getName())) {
				contributions.add(toContribution(element));
			}
		}
		return contributions;
	}

	private static FrameworkContribution toContribution(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String path = element.getAttribute(RESOURCE);
		URI resource = null;
		if (path != null && !path.isBlank()) {
			resource = URI.createPlatformPluginURI(contributor + "/" + stripLeadingSlash(path.strip()), true);
		}
		return new FrameworkContribution(contributor, element.getAttribute(FRAMEWORK), element.getAttribute(EDITION),
				resource);
	}

	private static String stripLeadingSlash(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}
}
