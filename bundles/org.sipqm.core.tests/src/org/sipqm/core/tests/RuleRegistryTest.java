package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleDescriptor;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.RuleRegistry;
import org.sipqm.core.validation.RuleSettings;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.Grade;

/** The rule registry, the contributed rules it reads, and the settings that turn rules off or change them. */
class RuleRegistryTest {

	/** Rule ids of EMF's structural checks, which always run and are not in the registry. */
	private static final Set<String> STRUCTURAL = Set.of(RuleIds.STRUCTURE_REQUIRED, RuleIds.STRUCTURE_MULTIPLICITY,
			RuleIds.STRUCTURE_VALUE, RuleIds.STRUCTURE_DUPLICATE_ID, RuleIds.STRUCTURE_DANGLING_REFERENCE,
			RuleIds.STRUCTURE_OTHER, RuleIds.REFERENCE_UNRESOLVED);

	@TempDir
	Path folder;

	@Test
	void everyRuleIdRegistered() throws IllegalAccessException {
		List<String> registered = RuleRegistry.builtIn().descriptors().stream().map(RuleDescriptor::id).toList();

		for (String id : ruleIdConstants()) {
			assertTrue(STRUCTURAL.contains(id) || registered.contains(id), () -> id + " is not registered");
		}
	}

	@Test
	void builtInRulesHaveNameAndDescription() {
		for (RuleDescriptor descriptor : RuleRegistry.builtIn().descriptors()) {
			assertNotEquals(descriptor.id(), descriptor.name(), () -> descriptor.id() + " has no name");
			assertFalse(descriptor.description().isBlank(), () -> descriptor.id() + " has no description");
			assertTrue(descriptor.isBuiltIn());
		}
	}

	@Test
	void contributedRuleRead() {
		RuleDescriptor descriptor = RuleRegistry.getDefault().descriptor(ActionOwnerRule.ID).orElseThrow();

		assertEquals("Owner of agreed actions", descriptor.name());
		assertEquals("Each agreed action of a note of visit names its owner, so that the next termly review can"
				+ " follow it up.", descriptor.description());
		assertEquals(Severity.ERROR, descriptor.defaultSeverity());
		assertEquals("org.sipqm.core.tests", descriptor.contributor());
		assertTrue(descriptor.elementRule() instanceof ActionOwnerRule);
	}

	@Test
	void contributedRuleReportsDeclaredSeverity() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		TestWorkspaces.evaluation(workspace, "tr-").getNoteOfVisit().getActions().get(0).setOwner(null);

		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.builder().settings(RuleSettings.defaults()).build()
				.validate(workspace);

		assertEquals(1, diagnostics.size(), diagnostics::toString);
		assertEquals(ActionOwnerRule.ID, diagnostics.get(0).ruleId());
		assertEquals(Severity.ERROR, diagnostics.get(0).severity());
		assertEquals("The action has no owner. Name the person who owns it.", diagnostics.get(0).message());
	}

	@Test
	void disabledRuleDoesNotRun() throws IOException {
		Workspace workspace = gradeOneWithoutSubstantialEvidence();
		RuleSettings off = RuleSettings.of(Map.of(RuleSettings.enabledKey(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE), "false"));

		assertEquals(List.of(), RuleFixtures.validator(off, RuleFixtures.AFTER_THE_YEAR).validate(workspace));
	}

	@Test
	void severitySettingReplacesRuleSeverity() throws IOException {
		Workspace workspace = gradeOneWithoutSubstantialEvidence();
		RuleSettings error = RuleSettings.of(Map.of(RuleSettings.severityKey(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE), "Error"));

		List<WorkspaceDiagnostic> diagnostics = RuleFixtures.validator(error, RuleFixtures.AFTER_THE_YEAR)
				.validate(workspace);

		assertEquals(List.of(Severity.ERROR), diagnostics.stream().map(WorkspaceDiagnostic::severity).toList());
	}

	@Test
	void invalidSeveritySettingIgnored() throws IOException {
		Workspace workspace = gradeOneWithoutSubstantialEvidence();
		RuleSettings invalid = RuleSettings.of(Map.of(RuleSettings.severityKey(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE), "fatal"));

		List<WorkspaceDiagnostic> diagnostics = RuleFixtures.validator(invalid, RuleFixtures.AFTER_THE_YEAR)
				.validate(workspace);

		assertEquals(List.of(Severity.WARNING), diagnostics.stream().map(WorkspaceDiagnostic::severity).toList());
	}

	@Test
	void visitsPerYearParameter() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		RuleSettings twoVisits = RuleSettings
				.of(Map.of(RuleSettings.parameterKey(RuleIds.JOINT_VISIT_MISSING, "visitsPerYear"), "2"));

		List<WorkspaceDiagnostic> diagnostics = RuleFixtures.validator(twoVisits, RuleFixtures.AFTER_THE_YEAR)
				.validate(workspace);

		assertEquals(List.of("Regional SIP Co-ordinator name made 1 of the 2 joint visits to Testshire that targeted"
				+ " support calls for from each SIPCo in 2007/08. Record the shadow visits, or correct the LA's support"
				+ " level."), diagnostics.stream().map(WorkspaceDiagnostic::message).toList());
	}

	@Test
	void instancePreferenceChangesSeverity() throws Exception {
		Workspace workspace = gradeOneWithoutSubstantialEvidence();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(RuleSettings.PREFERENCE_QUALIFIER);
		String key = RuleSettings.severityKey(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE);
		node.put(key, "info");
		try {
			List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);

			assertEquals(List.of(Severity.INFO), diagnostics.stream().map(WorkspaceDiagnostic::severity).toList());
		} finally {
			node.remove(key);
		}
	}

	@Test
	void instancePreferenceTurnsRuleOff() throws Exception {
		Workspace workspace = gradeOneWithoutSubstantialEvidence();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(RuleSettings.PREFERENCE_QUALIFIER);
		String key = RuleSettings.enabledKey(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE);
		node.put(key, "false");
		try {
			assertEquals(List.of(), WorkspaceValidator.withDefaultRules().validate(workspace));
		} finally {
			node.remove(key);
		}
	}

	private Workspace gradeOneWithoutSubstantialEvidence() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		RuleFixtures.selfEvaluationJudgement(workspace).setGrade(Grade.OUTSTANDING);
		return workspace;
	}

	private static List<String> ruleIdConstants() throws IllegalAccessException {
		List<String> ids = new ArrayList<>();
		for (Field field : RuleIds.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				ids.add((String) field.get(null));
			}
		}
		return ids;
	}
}
