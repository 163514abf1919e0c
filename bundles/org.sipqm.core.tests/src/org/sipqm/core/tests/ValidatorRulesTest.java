package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Term;

class ValidatorRulesTest {

	/** Changes a valid workspace so that one rule fires, and returns the workspace to validate. */
	@FunctionalInterface
	interface Breakage {
		Workspace apply(Workspace workspace) throws IOException;
	}

	@TempDir
	Path folder;

	static Stream<Arguments> breakages() {
		return Stream.of(
				rule(RuleIds.STRUCTURE_REQUIRED, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0).setCriterion(null);
					return workspace;
				}),
				rule(RuleIds.STRUCTURE_DUPLICATE_ID, Severity.ERROR, workspace -> {
					EvidenceItem copy = EvaluationFactory.eINSTANCE.createEvidenceItem();
					copy.setId("tr-999-2007-08-spring-e001");
					TestWorkspaces.evaluation(workspace, "tr-").getEvidence().add(copy);
					return workspace;
				}),
				rule(RuleIds.STRUCTURE_DANGLING_REFERENCE, Severity.ERROR, workspace -> {
					Person stranger = OrganisationFactory.eINSTANCE.createPerson();
					stranger.setId("p-stranger");
					TestWorkspaces.evaluation(workspace, "tr-").setAuthor(stranger);
					return workspace;
				}),
				rule(RuleIds.REFERENCE_UNRESOLVED, Severity.ERROR, workspace -> {
					Person proxy = OrganisationFactory.eINSTANCE.createPerson();
					URI organisation = workspace.organisation().orElseThrow().eResource().getURI();
					((InternalEObject) proxy).eSetProxyURI(organisation.appendFragment("p-nobody"));
					TestWorkspaces.evaluation(workspace, "tr-").setAuthor(proxy);
					return workspace;
				}),
				rule(RuleIds.CRITERION_INVALID_URI, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0).setCriterion("1.1.3");
					return workspace;
				}),
				rule(RuleIds.CRITERION_UNKNOWN, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0)
							.setCriterion("urn:sipqm:sip-qm:1:1:9.9.9");
					return workspace;
				}),
				rule(RuleIds.CRITERION_WRONG_SCHEDULE, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0)
							.setCriterion("urn:sipqm:sip-qm:1:4:1.1.3");
					return workspace;
				}),
				rule(RuleIds.CRITERION_WRONG_FRAMEWORK, Severity.WARNING, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").setFramework("local-qm/2");
					return workspace;
				}),
				rule(RuleIds.SECTION_UNKNOWN, Severity.ERROR, workspace -> {
					((LASelfEvaluation) TestWorkspaces.evaluation(workspace, "se-")).getSectionJudgements().get(0)
							.setSection("9.9");
					return workspace;
				}),
				rule(RuleIds.PROTOCOL_UNKNOWN_STEP, Severity.ERROR, workspace -> {
					((ShadowVisit) TestWorkspaces.evaluation(workspace, "sv-")).getProtocolChecks().get(0)
							.setStep("tea-and-biscuits");
					return workspace;
				}),
				rule(RuleIds.EVALUATION_ACADEMIC_YEAR, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").setAcademicYear("2007-08");
					return workspace;
				}),
				rule(RuleIds.EVALUATION_DATE_OUTSIDE_YEAR, Severity.ERROR, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").setDate(LocalDate.of(2008, 9, 1));
					return workspace;
				}),
				rule(RuleIds.EVALUATION_DATE_OUTSIDE_TERM, Severity.WARNING, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").setTerm(Term.SUMMER);
					return workspace;
				}),
				rule(RuleIds.EVIDENCE_ATTACHMENT_MISSING, Severity.WARNING, workspace -> {
					TestWorkspaces.evaluation(workspace, "tr-").getEvidence().get(0)
							.setAttachment("evidence/la-999/missing.txt");
					return workspace;
				}),
				rule(RuleIds.EVALUATION_DUPLICATE_ID, Severity.ERROR, workspace -> {
					Path file = workspace.root().resolve(workspace.pathOf(TestWorkspaces.evaluation(workspace, "tr-")));
					Path copy = workspace.root().resolve("evaluations/la-999/2008-09/tr-999-2007-08-spring.xmi");
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
					return TestWorkspaces.reopen(workspace);
				}),
				rule(RuleIds.EVALUATION_PATH, Severity.WARNING, workspace -> {
					Path file = workspace.root().resolve(workspace.pathOf(TestWorkspaces.evaluation(workspace, "tr-")));
					Files.move(file, file.resolveSibling("renamed.xmi"));
					return TestWorkspaces.reopen(workspace);
				}),
				rule(RuleIds.LOAD_PROBLEM, Severity.ERROR, workspace -> {
					Files.writeString(workspace.root().resolve("evaluations/la-999/2007-08/broken.xmi"), "<broken");
					return TestWorkspaces.reopen(workspace);
				}));
	}

	private static Arguments rule(String ruleId, Severity severity, Breakage breakage) {
		return Arguments.of(ruleId, severity, breakage);
	}

	@Test
	void validWorkspaceHasNoDiagnostics() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);

		assertEquals(List.of(), WorkspaceValidator.withDefaultRules().validate(workspace));
	}

	@Test
	void reopenedValidWorkspaceHasNoDiagnostics() throws IOException {
		Workspace workspace = TestWorkspaces.reopen(TestWorkspaces.valid(folder));

		assertEquals(List.of(), WorkspaceValidator.withDefaultRules().validate(workspace));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breakages")
	void ruleFires(String ruleId, Severity severity, Breakage breakage) throws IOException {
		Workspace workspace = breakage.apply(TestWorkspaces.valid(folder));

		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);

		List<WorkspaceDiagnostic> fired = diagnostics.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
		assertFalse(fired.isEmpty(), () -> ruleId + " did not fire; diagnostics: " + diagnostics);
		WorkspaceDiagnostic diagnostic = fired.get(0);
		assertEquals(severity, diagnostic.severity());
		assertTrue(WorkspaceLayout.toPortableString(diagnostic.file()).matches("evaluations/la-999/.+\\.xmi"),
				diagnostic.toString());
		assertTrue(diagnostic.message().endsWith("."), diagnostic.message());
		assertFalse(diagnostic.message().contains("{"), "unfilled placeholder: " + diagnostic.message());
	}

	@Test
	void elementDiagnosticNamesElement() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0).setCriterion("urn:sipqm:sip-qm:1:1:9.9.9");

		WorkspaceDiagnostic diagnostic = WorkspaceValidator.withDefaultRules().validate(workspace).get(0);

		assertEquals("judgement on criterion 9.9.9", diagnostic.elementLabel());
		assertEquals("//@judgements.0", diagnostic.elementFragment());
		assertTrue(diagnostic.message().contains("9.9.9"), diagnostic.message());
		assertTrue(diagnostic.message().contains("sip-qm/1"), diagnostic.message());
	}

	@Test
	void unresolvedReferenceReportedOnce() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		TestWorkspaces.copyData("unresolved-reference.xmi",
				folder.resolve("evaluations/la-999/2007-08/tr-unresolved.xmi"));
		workspace = TestWorkspaces.reopen(workspace);

		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);

		List<String> rules = diagnostics.stream().map(WorkspaceDiagnostic::ruleId).toList();
		assertTrue(rules.contains(RuleIds.REFERENCE_UNRESOLVED), diagnostics.toString());
		assertFalse(rules.contains(RuleIds.LOAD_PROBLEM), diagnostics.toString());
	}

	@Test
	void dateOnLastDayOfYearIsInside() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		var review = TestWorkspaces.evaluation(workspace, "tr-");
		review.setTerm(Term.SUMMER);
		review.setDate(LocalDate.of(2008, 8, 31));
		review.getEvidence().get(0).setDate(LocalDate.of(2008, 8, 31));

		assertEquals(List.of(), WorkspaceValidator.withDefaultRules().validate(workspace));
	}

	@Test
	void singleEvaluationValidation() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		var review = TestWorkspaces.evaluation(workspace, "tr-");
		review.getJudgements().get(0).setCriterion("urn:sipqm:sip-qm:1:1:9.9.9");
		((HeadteacherDiscussion) TestWorkspaces.evaluation(workspace, "hd-")).getResponses().get(0).setCriterion("not a uri");

		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace, review);

		assertEquals(List.of(RuleIds.CRITERION_UNKNOWN), diagnostics.stream().map(WorkspaceDiagnostic::ruleId).toList());
	}
}
