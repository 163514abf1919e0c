package org.sipqm.example.region.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.validation.RuleDescriptor;
import org.sipqm.core.validation.RuleRegistry;
import org.sipqm.core.validation.Severity;
import org.sipqm.example.region.internal.RegionalContent;
import org.sipqm.example.region.internal.rules.ActionDueDateRule;
import org.sipqm.export.ExportScope;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;

/** The rule and the exporter as the workbench's own registries read them from plugin.xml. */
class RegisteredExtensionsTest {

	@Test
	void ruleIsRegistered() {
		RuleDescriptor rule = RuleRegistry.getDefault().descriptor(ActionDueDateRule.ID)
				.orElseThrow(() -> new AssertionError("Rule " + ActionDueDateRule.ID + " is not registered"));

		assertEquals(RegionalContent.PLUGIN_ID, rule.contributor());
		assertEquals(Severity.WARNING, rule.defaultSeverity());
		assertEquals("Due date of agreed actions", rule.name());
		assertInstanceOf(ActionDueDateRule.class, rule.elementRule());
		assertTrue(RuleRegistry.getDefault().elementRules().contains(rule.elementRule()));
	}

	@Test
	void exporterIsRegistered() {
		Exporter exporter = ExporterRegistry.getDefault().find("org.sipqm.example.region.localJudgements.csv")
				.orElseThrow(() -> new AssertionError("The East Midlands exporter is not registered"));

		assertEquals("East Midlands local criteria (CSV)", exporter.label());
		assertEquals("em-local-judgements", exporter.kind());
		assertEquals("csv", exporter.fileExtension());
		assertEquals(Set.of(Audience.INTERNAL, Audience.SHARED), exporter.audiences());
		assertEquals(ExportScope.SELECTION, exporter.scope());
	}
}
