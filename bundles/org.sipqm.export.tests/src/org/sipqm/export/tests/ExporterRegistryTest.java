package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.export.ExportScope;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.export.internal.BuiltInExporters;

class ExporterRegistryTest {

	@Test
	void readsContributionsFromExtensionRegistry() {
		assertNotNull(RegistryFactory.getRegistry(), "the tests run in OSGi, where the extension registry exists");

		List<Exporter> exporters = ExporterRegistry.getDefault().exporters();

		assertEquals(10, exporters.size(), exporters.toString());
		Exporter noteOfVisit = ExporterRegistry.getDefault().find("org.sipqm.export.noteOfVisit.pdf").orElseThrow();
		assertEquals("Note of visit (PDF)", noteOfVisit.label());
		assertEquals("note-of-visit", noteOfVisit.kind());
		assertEquals("pdf", noteOfVisit.fileExtension());
		assertEquals(Set.of(Audience.INTERNAL, Audience.SHARED), noteOfVisit.audiences());
		assertEquals(ExportScope.EVALUATION, noteOfVisit.scope());
	}

	@Test
	void builtInFallbackMatchesPluginXml() {
		List<Exporter> contributed = ExporterRegistry.getDefault().exporters();
		List<Exporter> builtIn = BuiltInExporters.create();

		assertEquals(describe(contributed), describe(builtIn));
	}

	@Test
	void selectsByKindFormatAndAudience() {
		ExporterRegistry registry = ExporterRegistry.getDefault();

		assertEquals(List.of("org.sipqm.export.regionalSummary.xlsx"), ids(registry.select(null, "xlsx", Audience.SHARED)));
		assertEquals(List.of("org.sipqm.export.termlyReport.pdf", "org.sipqm.export.termlyReport.html"),
				ids(registry.select("termly-report", null, Audience.INTERNAL)));
		assertEquals(3, registry.select("regional-summary", null, null).size());
		assertTrue(registry.select("la-dashboard", "pdf", null).isEmpty());
	}

	private static List<String> ids(List<Exporter> exporters) {
		return exporters.stream().map(Exporter::id).toList();
	}

	private static List<String> describe(List<Exporter> exporters) {
		return exporters.stream()
				.map(exporter -> String.join("|", exporter.id(), exporter.label(), exporter.kind(), exporter.fileExtension(),
						new java.util.TreeSet<>(exporter.audiences()).toString(), exporter.scope().name()))
				.toList();
	}
}
