package org.sipqm.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.sipqm.core.redaction.Audience;
import org.sipqm.export.internal.BuiltInExporters;
import org.sipqm.export.internal.ContributedExporter;

/**
 * The exporters contributed through the {@code org.sipqm.export.exporters} extension point, the
 * one class that reads it. In OSGi it reads the extension registry once, on first use. Outside
 * OSGi, where there is no extension registry, as in a benchmark run from a plain class path, it
 * offers the built-in exporters only.
 */
public final class ExporterRegistry {

	/** The identifier of the extension point. */
	public static final String EXTENSION_POINT = "org.sipqm.export.exporters";

	private static final ExporterRegistry DEFAULT = new ExporterRegistry();

	private List<Exporter> exporters;

	/** Returns the registry that the workbench and the command line share. */
	public static ExporterRegistry getDefault() {
		return DEFAULT;
	}

	/** Returns every exporter, in the order of the contributing plug-ins and their plugin.xml. */
	public synchronized List<Exporter> exporters() {
		if (exporters == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			exporters = registry == null ? BuiltInExporters.create() : read(registry);
		}
		return exporters;
	}

	/** Returns the exporter with the identifier. */
	public Optional<Exporter> find(String id) {
		return exporters().stream().filter(exporter -> exporter.id().equals(id)).findFirst();
	}

	/**
	 * Returns the exporters that match each given part: kind, file extension and audience. A null
	 * part matches every exporter.
	 */
	public List<Exporter> select(String kind, String fileExtension, Audience audience) {
		return exporters().stream()
				.filter(exporter -> kind == null || exporter.kind().equals(kind))
				.filter(exporter -> fileExtension == null || exporter.fileExtension().equalsIgnoreCase(fileExtension))
				.filter(exporter -> audience == null || exporter.audiences().contains(audience))
				.toList();
	}

	/**
	 * Reads the contributions of an extension registry. An invalid contribution is logged with its
	 * plug-in and left out, so one region's mistake does not hide the other exporters.
	 */
	static List<Exporter> read(IExtensionRegistry registry) {
		List<Exporter> result = new ArrayList<>();
		Map<String, String> contributorById = new HashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"exporter".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			try {
				ContributedExporter exporter = describe(element);
				String first = contributorById.putIfAbsent(exporter.id(), contributor);
				if (first != null) {
					log().error("Ignored the exporter " + exporter.id() + " of " + contributor
							+ " because " + first + " contributes an exporter with the same id");
					continue;
				}
				result.add(exporter);
			} catch (CoreException e) {
				log().error("Ignored an invalid exporter of " + contributor + ": " + e.getMessage());
			}
		}
		return Collections.unmodifiableList(result);
	}

	private static ContributedExporter describe(IConfigurationElement element) throws CoreException {
		String id = required(element, "id");
		String label = required(element, "label");
		String kind = required(element, "kind");
		String fileExtension = required(element, "fileExtension").toLowerCase(Locale.ROOT);
		Set<Audience> audiences = audiences(element, required(element, "audiences"));
		ExportScope scope = scope(element, required(element, "scope"));
		required(element, "class");
		return new ContributedExporter(id, label, kind, fileExtension, audiences, scope,
				() -> createWriter(element, id));
	}

	private static ExportWriter createWriter(IConfigurationElement element, String id) {
		try {
			Object writer = element.createExecutableExtension("class");
			if (writer instanceof ExportWriter exportWriter) {
				return exportWriter;
			}
			throw new IllegalStateException("The class " + element.getAttribute("class") + " of the exporter " + id
					+ " does not implement " + ExportWriter.class.getName());
		} catch (CoreException e) {
			throw new IllegalStateException("Cannot create the class " + element.getAttribute("class")
					+ " of the exporter " + id + " contributed by " + element.getContributor().getName() + ": "
					+ e.getMessage(), e);
		}
	}

	private static String required(IConfigurationElement element, String attribute) throws CoreException {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw invalid(element, "the attribute '" + attribute + "' is missing");
		}
		return value.strip();
	}

	private static Set<Audience> audiences(IConfigurationElement element, String value) throws CoreException {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		for (String name : value.split("\\s+")) {
			try {
				audiences.add(Audience.valueOf(name.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw invalid(element, "invalid audience '" + name + "': expected internal, shared or both");
			}
		}
		return Collections.unmodifiableSet(audiences);
	}

	private static ExportScope scope(IConfigurationElement element, String value) throws CoreException {
		try {
			return ExportScope.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw invalid(element, "invalid scope '" + value + "': expected evaluation or selection");
		}
	}

	private static CoreException invalid(IConfigurationElement element, String problem) {
		String id = element.getAttribute("id");
		return new CoreException(org.eclipse.core.runtime.Status.error("exporter " + (id == null ? "without id" : id)
				+ ": " + problem));
	}

	private static ILog log() {
		return ILog.of(ExporterRegistry.class);
	}
}
