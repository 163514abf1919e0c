package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * The rules the framework states: evidence for grades, rationales, critical criteria, joint
 * visits, the joint-visit protocol, consultation of the LA, dates in the term and attachment
 * paths. Each case changes the valid fixture workspace and checks the diagnostics of one rule.
 */
class JudgementRulesTest {

	/** Changes the valid fixture workspace. */
	@FunctionalInterface
	interface Change {
		void apply(Workspace workspace) throws IOException;
	}

	private static final String SV = "Shadow visit sv-999-2007-08-spring-01";
	private static final String HD = "Headteacher discussion hd-999-2007-08-spring-01";
	private static final String SIPCO = "Regional SIP Co-ordinator name";

	@TempDir
	Path folder;

	static Stream<Arguments> firing() {
		return Stream.of(
				fires("grade 1 without evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, Severity.WARNING, workspace -> {
					judgement(workspace).setGrade(Grade.OUTSTANDING);
					judgement(workspace).getEvidence().clear();
				}, "Judgement on criterion 1.1.3 gives grade 1 (outstanding), which needs linked evidence showing"
						+ " substantial impact, but no evidence item is linked to it. Link an evidence item that shows"
						+ " substantial impact, or review the grade."),
				fires("grade 1 with emerging evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, Severity.WARNING,
						workspace -> judgement(workspace).setGrade(Grade.OUTSTANDING),
						"Judgement on criterion 1.1.3 gives grade 1 (outstanding), which needs linked evidence showing"
								+ " substantial impact, but its strongest linked evidence shows emerging impact. Link an"
								+ " evidence item that shows substantial impact, or review the grade."),
				fires("grade 2 with activity only", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, Severity.WARNING,
						workspace -> judgement(workspace).getEvidence().get(0).setImpact(ImpactEvidence.NONE),
						"Judgement on criterion 1.1.3 gives grade 2 (good), which needs linked evidence showing emerging"
								+ " impact, but its linked evidence shows no impact, only activity. Link an evidence item"
								+ " that shows emerging impact, or review the grade."),
				fires("agreed judgement without rationale", RuleIds.JUDGEMENT_RATIONALE_MISSING, Severity.ERROR,
						workspace -> judgement(workspace).setRationale(" "),
						"Judgement on criterion 1.1.3 has a grade but no rationale, and its evaluation is agreed."
								+ " Write the rationale for the grade."),
				fires("published section without rationale", RuleIds.JUDGEMENT_RATIONALE_MISSING, Severity.ERROR,
						workspace -> {
							selfEvaluation(workspace).setStatus(EvaluationStatus.PUBLISHED);
							section(workspace).setRationale(null);
						}, "Judgement of section 1.1 has a grade but no rationale, and its evaluation is published."
								+ " Write the rationale for the grade."),
				fires("section better than critical", RuleIds.SECTION_BETTER_THAN_CRITICAL, Severity.ERROR,
						workspace -> judgement(workspace).setGrade(Grade.REQUIRES_SOME_IMPROVEMENT),
						"Judgement of section 1.1 gives grade 2 (good), better than the grade 3 (requires some"
								+ " improvement) given to critical criterion 1.1.3. A section can be no better than the"
								+ " weakest judgement on its critical criteria: lower the section's grade, or review the"
								+ " judgement on 1.1.3."),
				fires("critical criterion not evaluated", RuleIds.CRITERION_CRITICAL_NOT_JUDGED, Severity.ERROR,
						workspace -> judgement(workspace).setNotEvaluated(true),
						"Critical criterion 1.1.3 of schedule 4 has no grade in LA self-evaluation se-999-2007-08-spring,"
								+ " which is agreed. Judge every critical criterion before the evaluation is agreed, or"
								+ " return it to draft."),
				fires("critical criterion without judgement", RuleIds.CRITERION_CRITICAL_NOT_JUDGED, Severity.ERROR,
						workspace -> {
							selfEvaluation(workspace).setStatus(EvaluationStatus.PUBLISHED);
							selfEvaluation(workspace).getJudgements().clear();
						}, "Critical criterion 1.1.3 of schedule 4 has no grade in LA self-evaluation"
								+ " se-999-2007-08-spring, which is published. Judge every critical criterion before the"
								+ " evaluation is agreed, or return it to draft."),
				fires("protocol step missing", RuleIds.JOINT_VISIT_PROTOCOL, Severity.ERROR,
						workspace -> visit(workspace).getProtocolChecks().remove(check(workspace, "oral-feedback")),
						SV + " is agreed, but the protocol step 'provide brief oral feedback to the SIP' is not recorded"
								+ " as done. Record the step as done with its date, or return the visit to draft."),
				fires("protocol step not done", RuleIds.JOINT_VISIT_PROTOCOL, Severity.ERROR,
						workspace -> check(workspace, "headteacher-permission").setDone(false),
						SV + " is agreed, but the protocol step 'seek the permission of the headteacher' is not recorded"
								+ " as done. Record the step as done with its date, or return the visit to draft."),
				fires("protocol step undated", RuleIds.JOINT_VISIT_PROTOCOL, Severity.ERROR,
						workspace -> check(workspace, "identify-school").setDate(null),
						SV + " is agreed, but the protocol step 'identify schools in consultation with the LA who will"
								+ " notify the SIP' has no date. Record the date the step was done."),
				fires("protocol step after agreement", RuleIds.JOINT_VISIT_PROTOCOL, Severity.ERROR,
						workspace -> check(workspace, "oral-feedback").setDate(LocalDate.of(2008, 2, 25)),
						"The protocol step 'provide brief oral feedback to the SIP' of shadow visit"
								+ " sv-999-2007-08-spring-01 is dated 25 February 2008, after the visit was agreed on"
								+ " 21 February 2008. Every step is done before the visit is agreed: correct the date, or"
								+ " return the visit to draft until the step is done."),
				fires("summary to headteacher only", RuleIds.JOINT_VISIT_SUMMARY, Severity.ERROR,
						workspace -> visit(workspace).setSummaryToLA(false),
						"The written summary of shadow visit sv-999-2007-08-spring-01 went to the headteacher only. The"
								+ " protocol sends it to both the headteacher and the LA: send it to the LA and record"
								+ " that."),
				fires("summary to nobody", RuleIds.JOINT_VISIT_SUMMARY, Severity.ERROR, workspace -> {
					visit(workspace).setStatus(EvaluationStatus.DRAFT);
					visit(workspace).setSummaryToLA(false);
					visit(workspace).setSummaryToHeadteacher(false);
				}, "The written summary of shadow visit sv-999-2007-08-spring-01 went neither to the headteacher nor"
						+ " to the LA. The protocol sends it to both: send it and record that."),
				fires("LA not consulted", RuleIds.DISCUSSION_LA_NOT_CONSULTED, Severity.WARNING,
						workspace -> discussion(workspace).setLaConsulted(false),
						HD + " on 12 February 2008 has no record that the LA was consulted. The LA is consulted on SIPCo"
								+ " school visits and telephone calls before they take place: record when it was"
								+ " consulted."),
				fires("LA consulted undated", RuleIds.DISCUSSION_LA_NOT_CONSULTED, Severity.WARNING,
						workspace -> discussion(workspace).setLaConsultedOn(null),
						HD + " on 12 February 2008 records that the LA was consulted but not when. Record the date of"
								+ " the consultation."),
				fires("LA consulted afterwards", RuleIds.DISCUSSION_LA_NOT_CONSULTED, Severity.WARNING,
						workspace -> discussion(workspace).setLaConsultedOn(LocalDate.of(2008, 2, 13)),
						"The LA was consulted on 13 February 2008 about headteacher discussion hd-999-2007-08-spring-01,"
								+ " after the visit or call on 12 February 2008. The LA is consulted before: correct the"
								+ " date of the consultation or of the discussion."),
				fires("evidence after the term", RuleIds.EVIDENCE_DATE_OUTSIDE_TERM, Severity.WARNING,
						workspace -> TestWorkspaces.evaluation(workspace, "tr-").getEvidence().get(0)
								.setDate(LocalDate.of(2008, 5, 15)),
						"The date 15 May 2008 of evidence item tr-999-2007-08-spring-e001 is outside the spring term of"
								+ " 2007/08 of its evaluation, which the workbench takes as 1 January 2008 to 30 April"
								+ " 2008. Correct the date, or record the item with an evaluation of the term it belongs"
								+ " to."),
				fires("protocol before the term", RuleIds.PROTOCOL_DATE_OUTSIDE_TERM, Severity.WARNING,
						workspace -> check(workspace, "identify-school").setDate(LocalDate.of(2007, 12, 20)),
						"The date 20 December 2007 of protocol check identify-school is outside the spring term of"
								+ " 2007/08 of its visit, which the workbench takes as 1 January 2008 to 30 April 2008."
								+ " Correct the date of the step or of the visit."),
				fires("no joint visit in a targeted year", RuleIds.JOINT_VISIT_MISSING, Severity.WARNING,
						workspace -> visit(workspace).setAuthor(Fixtures.authority(organisation(workspace)).getSipManager()),
						SIPCO + " made 0 of the 1 joint visits to Testshire that targeted support calls for from each"
								+ " SIPCo in 2007/08. Record the shadow visits, or correct the LA's support level."),
				fires("no joint visit in an intensive term", RuleIds.JOINT_VISIT_MISSING, Severity.WARNING,
						workspace -> support(workspace, Term.AUTUMN, SupportKind.INTENSIVE),
						SIPCO + " made no joint visit to Testshire in the autumn term of 2007/08, when the LA had"
								+ " intensive support, which calls for one joint visit by each SIPCo each term. Record"
								+ " the shadow visit, or correct the LA's support level."),
				fires("attachment climbing out", RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE, Severity.ERROR,
						workspace -> attachment(workspace, "evidence/../../outside.txt"),
						"The attachment 'evidence/../../outside.txt' of evidence item tr-999-2007-08-spring-e001 leads"
								+ " outside the workspace folder, so it is not opened. Copy the file into the workspace's"
								+ " evidence folder and record its path relative to the workspace folder, without '..'."),
				fires("attachment absolute", RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE, Severity.ERROR,
						workspace -> attachment(workspace, "/etc/hosts"),
						"The attachment '/etc/hosts' of evidence item tr-999-2007-08-spring-e001 is an absolute path,"
								+ " but attachments are recorded relative to the workspace folder. Copy the file into the"
								+ " workspace's evidence folder and record its relative path, such as"
								+ " evidence/831/2007-08/report.pdf."),
				fires("attachment through a link", RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE, Severity.ERROR, workspace -> {
					Path outside = Files.createTempDirectory("sipqm-outside-");
					Files.writeString(outside.resolve("secret.txt"), "not evidence");
					Files.createSymbolicLink(workspace.root().resolve("evidence/la-999/linked"), outside);
					attachment(workspace, "evidence/la-999/linked/secret.txt");
				}, "The attachment 'evidence/la-999/linked/secret.txt' of evidence item tr-999-2007-08-spring-e001"
						+ " passes through a symbolic link that leads outside the workspace folder, so it is not opened."
						+ " Replace the link with a copy of the file inside the workspace's evidence folder."));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(
				quiet("grade 2 with emerging evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, workspace -> {
				}),
				quiet("grade 1 with substantial evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, workspace -> {
					judgement(workspace).setGrade(Grade.OUTSTANDING);
					judgement(workspace).getEvidence().get(0).setImpact(ImpactEvidence.SUBSTANTIAL);
				}),
				quiet("grade 3 without evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, workspace -> {
					judgement(workspace).setGrade(Grade.REQUIRES_SOME_IMPROVEMENT);
					judgement(workspace).getEvidence().clear();
				}),
				quiet("not evaluated without evidence", RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, workspace -> {
					judgement(workspace).setGrade(Grade.OUTSTANDING);
					judgement(workspace).setNotEvaluated(true);
					judgement(workspace).getEvidence().clear();
				}),
				quiet("draft judgement without rationale", RuleIds.JUDGEMENT_RATIONALE_MISSING, workspace -> {
					selfEvaluation(workspace).setStatus(EvaluationStatus.DRAFT);
					judgement(workspace).setRationale(null);
				}),
				quiet("section not judged without rationale", RuleIds.JUDGEMENT_RATIONALE_MISSING, workspace -> {
					section(workspace).setGrade(Grade.NOT_JUDGED);
					section(workspace).setRationale(null);
				}),
				quiet("section equal to critical", RuleIds.SECTION_BETTER_THAN_CRITICAL, workspace -> {
					judgement(workspace).setGrade(Grade.REQUIRES_SOME_IMPROVEMENT);
					section(workspace).setGrade(Grade.REQUIRES_SOME_IMPROVEMENT);
				}),
				quiet("section without critical criteria", RuleIds.SECTION_BETTER_THAN_CRITICAL, workspace -> {
					judgement(workspace).setGrade(Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT);
					section(workspace).setSection("1.2");
				}),
				quiet("critical criterion unjudged in draft", RuleIds.CRITERION_CRITICAL_NOT_JUDGED, workspace -> {
					selfEvaluation(workspace).setStatus(EvaluationStatus.DRAFT);
					judgement(workspace).setNotEvaluated(true);
				}),
				quiet("protocol incomplete in draft", RuleIds.JOINT_VISIT_PROTOCOL, workspace -> {
					visit(workspace).setStatus(EvaluationStatus.DRAFT);
					visit(workspace).getProtocolChecks().clear();
				}),
				quiet("protocol step on agreement day", RuleIds.JOINT_VISIT_PROTOCOL,
						workspace -> check(workspace, "written-summary").setDate(LocalDate.of(2008, 2, 21))),
				quiet("summary not written in draft", RuleIds.JOINT_VISIT_SUMMARY, workspace -> {
					visit(workspace).setStatus(EvaluationStatus.DRAFT);
					check(workspace, "written-summary").setDone(false);
					visit(workspace).setSummaryToLA(false);
					visit(workspace).setSummaryToHeadteacher(false);
				}),
				quiet("LA consulted on the day", RuleIds.DISCUSSION_LA_NOT_CONSULTED,
						workspace -> discussion(workspace).setLaConsultedOn(LocalDate.of(2008, 2, 12))),
				quiet("evidence on last day of term", RuleIds.EVIDENCE_DATE_OUTSIDE_TERM,
						workspace -> TestWorkspaces.evaluation(workspace, "tr-").getEvidence().get(0)
								.setDate(LocalDate.of(2008, 4, 30))),
				quiet("protocol on first day of term", RuleIds.PROTOCOL_DATE_OUTSIDE_TERM,
						workspace -> check(workspace, "identify-school").setDate(LocalDate.of(2008, 1, 1))),
				quiet("universal support without visits", RuleIds.JOINT_VISIT_MISSING, workspace -> {
					Fixtures.authority(organisation(workspace)).getSupportLevels().get(0).setLevel(SupportKind.UNIVERSAL);
					visit(workspace).setAuthor(Fixtures.authority(organisation(workspace)).getSipManager());
				}),
				quiet("intensive term with a visit", RuleIds.JOINT_VISIT_MISSING,
						workspace -> Fixtures.authority(organisation(workspace)).getSupportLevels().get(0)
								.setLevel(SupportKind.INTENSIVE)),
				quiet("attachment inside through a link", RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE, workspace -> {
					Files.createSymbolicLink(workspace.root().resolve("evidence/la-999/same"),
							workspace.root().resolve("evidence/la-999"));
					attachment(workspace, "evidence/la-999/same/report.txt");
				}),
				quiet("attachment with dot segments inside", RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE,
						workspace -> attachment(workspace, "evidence/./la-999/../la-999/report.txt")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("firing")
	void ruleFires(String name, String ruleId, Severity severity, Change change, String message) throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		change.apply(workspace);

		List<WorkspaceDiagnostic> fired = diagnosticsOf(workspace, ruleId);

		assertEquals(1, fired.size(), () -> ruleId + " fired " + fired.size() + " times: " + fired);
		assertEquals(message, fired.get(0).message());
		assertEquals(severity, fired.get(0).severity());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quiet")
	void ruleStaysQuiet(String name, String ruleId, Change change) throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		change.apply(workspace);

		assertEquals(List.of(), diagnosticsOf(workspace, ruleId));
	}

	@Test
	void fixtureWorkspaceIsValid() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);

		assertEquals(List.of(), RuleFixtures.validator().validate(workspace));
	}

	@Test
	void criticalJudgementNamesTheJudgement() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		judgement(workspace).setNotEvaluated(true);

		WorkspaceDiagnostic diagnostic = diagnosticsOf(workspace, RuleIds.CRITERION_CRITICAL_NOT_JUDGED).get(0);

		assertEquals("judgement on criterion 1.1.3", diagnostic.elementLabel());
		assertEquals("evaluations/la-999/2007-08/se-999-2007-08-spring.xmi",
				diagnostic.file().toString().replace('\\', '/'));
	}

	@Test
	void missingJointVisitNamesTheLocalAuthority() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		support(workspace, Term.AUTUMN, SupportKind.INTENSIVE);

		WorkspaceDiagnostic diagnostic = diagnosticsOf(workspace, RuleIds.JOINT_VISIT_MISSING).get(0);

		assertEquals("local authority Testshire (la-999)", diagnostic.elementLabel());
		assertEquals("organisation.xmi", diagnostic.file().toString());
	}

	@Test
	void jointVisitsOfUnfinishedTermsNotChecked() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		support(workspace, Term.SUMMER, SupportKind.INTENSIVE);

		List<WorkspaceDiagnostic> inSummer = RuleFixtures.validator(org.sipqm.core.validation.RuleSettings.defaults(),
				LocalDate.of(2008, 6, 1)).validate(workspace);
		List<WorkspaceDiagnostic> afterSummer = diagnosticsOf(workspace, RuleIds.JOINT_VISIT_MISSING);

		assertTrue(inSummer.stream().noneMatch(d -> d.ruleId().equals(RuleIds.JOINT_VISIT_MISSING)), inSummer::toString);
		assertEquals(1, afterSummer.size(), afterSummer::toString);
	}

	@Test
	void futureDiscussionNotCheckedForConsultation() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		discussion(workspace).setLaConsulted(false);

		List<WorkspaceDiagnostic> diagnostics = RuleFixtures
				.validator(org.sipqm.core.validation.RuleSettings.defaults(), LocalDate.of(2008, 2, 11))
				.validate(workspace);

		assertTrue(diagnostics.stream().noneMatch(d -> d.ruleId().equals(RuleIds.DISCUSSION_LA_NOT_CONSULTED)),
				diagnostics::toString);
	}

	@Test
	void nationalFrameworkHasNoCriticalFindings() throws IOException {
		Workspace workspace = RuleFixtures.workspace(folder);
		judgement(workspace).setNotEvaluated(true);

		List<WorkspaceDiagnostic> diagnostics = org.sipqm.core.validation.WorkspaceValidator.builder()
				.rules(org.sipqm.core.validation.RuleRegistry.builtIn())
				.settings(org.sipqm.core.validation.RuleSettings.defaults())
				.build()
				.validate(workspace);

		assertEquals(List.of(), diagnostics);
	}

	private List<WorkspaceDiagnostic> diagnosticsOf(Workspace workspace, String ruleId) {
		return RuleFixtures.validator().validate(workspace).stream().filter(d -> d.ruleId().equals(ruleId)).toList();
	}

	private static Arguments fires(String name, String ruleId, Severity severity, Change change, String message) {
		return Arguments.of(name, ruleId, severity, change, message);
	}

	private static Arguments quiet(String name, String ruleId, Change change) {
		return Arguments.of(name, ruleId, change);
	}

	private static LASelfEvaluation selfEvaluation(Workspace workspace) {
		return (LASelfEvaluation) TestWorkspaces.evaluation(workspace, "se-");
	}

	private static org.sipqm.model.evaluation.Judgement judgement(Workspace workspace) {
		return RuleFixtures.selfEvaluationJudgement(workspace);
	}

	private static SectionJudgement section(Workspace workspace) {
		return selfEvaluation(workspace).getSectionJudgements().get(0);
	}

	private static ShadowVisit visit(Workspace workspace) {
		return (ShadowVisit) TestWorkspaces.evaluation(workspace, "sv-");
	}

	private static ProtocolCheck check(Workspace workspace, String step) {
		return visit(workspace).getProtocolChecks().stream().filter(check -> check.getStep().equals(step)).findFirst()
				.orElseThrow();
	}

	private static HeadteacherDiscussion discussion(Workspace workspace) {
		return (HeadteacherDiscussion) TestWorkspaces.evaluation(workspace, "hd-");
	}

	private static org.sipqm.model.organisation.Organisation organisation(Workspace workspace) {
		return workspace.organisation().orElseThrow();
	}

	private static void support(Workspace workspace, Term term, SupportKind level) {
		SupportAssignment assignment = OrganisationFactory.eINSTANCE.createSupportAssignment();
		assignment.setAcademicYear("2007/08");
		assignment.setTerm(term);
		assignment.setPhase(Phase.PRIMARY);
		assignment.setLevel(level);
		Fixtures.authority(organisation(workspace)).getSupportLevels().add(assignment);
	}

	private static void attachment(Workspace workspace, String path) {
		TestWorkspaces.evaluation(workspace, "tr-").getEvidence().get(0).setAttachment(path);
	}
}
