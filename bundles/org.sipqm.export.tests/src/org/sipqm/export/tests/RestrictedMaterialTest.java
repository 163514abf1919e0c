package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.export.ExportScope;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;

/**
 * Plants marked restricted material in evaluations of every schedule and checks that no shared
 * export of any format contains it, while the internal exports that show that kind of material do.
 */
class RestrictedMaterialTest {

	/** Marks that occur nowhere else, one per kind of restricted material. */
	private static final String EVIDENCE = "Zqevidencemark";
	private static final String RESPONSE = "Zqresponsemark";
	private static final String PERFORMANCE_MANAGEMENT = "Zqsectiontwofivemark";
	private static final String RATIONALE = "Zqrationalemark";
	private static final String PERFORMANCE_RATIONALE = "Zqtwofiverationalemark";
	private static final String ACTION = "Zqactionmark";
	private static final List<String> ALL_MARKS = List.of(EVIDENCE, RESPONSE, PERFORMANCE_MANAGEMENT, RATIONALE,
			PERFORMANCE_RATIONALE, ACTION);

	/** What each exporter shows of the planted material in an internal export. */
	private static final Map<String, List<String>> SHOWN_INTERNALLY = Map.of(
			"note-of-visit", List.of(EVIDENCE, RATIONALE, PERFORMANCE_RATIONALE, ACTION),
			"termly-report", List.of(EVIDENCE, RATIONALE, PERFORMANCE_RATIONALE, ACTION),
			"discussion-summary", List.of(EVIDENCE, RESPONSE, PERFORMANCE_MANAGEMENT, ACTION),
			"regional-summary:xlsx", List.of(ACTION),
			"regional-summary:pdf", List.of(),
			"regional-summary:html", List.of(),
			"judgements", List.of(RATIONALE, PERFORMANCE_RATIONALE));

	private static Workspace workspace;
	private static List<Evaluation> planted;

	@BeforeAll
	static void plantRestrictedMaterial() {
		workspace = SampleWorkspace.open();
		TermlyReview review = SampleWorkspace.first(workspace, TermlyReview.class, candidate -> true);
		HeadteacherDiscussion discussion = SampleWorkspace.first(workspace, HeadteacherDiscussion.class, candidate -> true);
		ShadowVisit visit = SampleWorkspace.first(workspace, ShadowVisit.class, candidate -> candidate.getNoteOfVisit() != null);
		LASelfEvaluation selfEvaluation = SampleWorkspace.first(workspace, LASelfEvaluation.class, candidate -> true);
		planted = List.of(review, discussion, visit, selfEvaluation);

		for (Evaluation evaluation : planted) {
			EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
			item.setId(evaluation.getId() + "-restricted");
			item.setTitle("Record of " + EVIDENCE + " capability meeting");
			item.setDescription("Notes " + EVIDENCE);
			item.setConcernsIndividual(true);
			evaluation.getEvidence().add(item);
			if (!evaluation.getJudgements().isEmpty()) {
				evaluation.getJudgements().get(0).getEvidence().add(item);
			}
			if (evaluation.getNoteOfVisit() == null) {
				evaluation.setNoteOfVisit(EvaluationFactory.eINSTANCE.createNoteOfVisit());
			}
			Action action = EvaluationFactory.eINSTANCE.createAction();
			action.setDescription("Support plan " + ACTION + " for one SIP");
			action.setOwner("SIP manager");
			action.setConcernsIndividual(true);
			evaluation.getNoteOfVisit().getActions().add(action);
		}

		plantJudgements(review, "urn:sipqm:sip-qm:1:1:2.5.1");
		plantJudgements(selfEvaluation, "urn:sipqm:sip-qm:1:4:2.5.1");
		plantResponses(discussion);
	}

	private static void plantJudgements(Evaluation evaluation, String performanceManagementCriterion) {
		Judgement individual = evaluation.getJudgements().get(1);
		individual.setRationale("One SIP " + RATIONALE + " has not met the standard.");
		individual.setConcernsIndividual(true);

		Judgement performanceManagement = evaluation.getJudgements().stream()
				.filter(judgement -> judgement.getCriterion().equals(performanceManagementCriterion)).findFirst()
				.orElseGet(() -> {
					Judgement added = EvaluationFactory.eINSTANCE.createJudgement();
					added.setCriterion(performanceManagementCriterion);
					evaluation.getJudgements().add(added);
					return added;
				});
		performanceManagement.setRationale("Advice to governors " + PERFORMANCE_RATIONALE + " on the headteacher.");
		performanceManagement.setConcernsIndividual(false);
	}

	private static void plantResponses(HeadteacherDiscussion discussion) {
		Response individual = EvaluationFactory.eINSTANCE.createResponse();
		individual.setCriterion("urn:sipqm:sip-qm:1:2:1.1.1");
		individual.setAnswer("The SIP " + RESPONSE + " was often late.");
		individual.setConcernsIndividual(true);
		discussion.getResponses().add(individual);

		Response performanceManagement = EvaluationFactory.eINSTANCE.createResponse();
		performanceManagement.setCriterion("urn:sipqm:sip-qm:1:2:2.5.3");
		performanceManagement.setAnswer("My objectives " + PERFORMANCE_MANAGEMENT + " were agreed late.");
		performanceManagement.setConcernsIndividual(false);
		discussion.getResponses().add(performanceManagement);
	}

	static Stream<Arguments> exporters() {
		return ExporterRegistry.getDefault().exporters().stream().map(exporter -> Arguments.of(exporter.id()));
	}

	@ParameterizedTest(name = "{0} shared")
	@MethodSource("exporters")
	void sharedExportHoldsNoRestrictedMaterial(String exporterId) throws Exception {
		Exporter exporter = Outputs.exporter(exporterId);

		for (String text : outputs(exporter, Audience.SHARED)) {
			for (String mark : ALL_MARKS) {
				assertFalse(text.contains(mark), exporterId + " shared output contains " + mark);
			}
		}
	}

	@ParameterizedTest(name = "{0} internal")
	@MethodSource("exporters")
	void internalExportKeepsRestrictedMaterial(String exporterId) throws Exception {
		Exporter exporter = Outputs.exporter(exporterId);
		List<String> expected = SHOWN_INTERNALLY.getOrDefault(exporter.kind() + ":" + exporter.fileExtension(),
				SHOWN_INTERNALLY.get(exporter.kind()));

		String all = String.join("\n", outputs(exporter, Audience.INTERNAL));
		for (String mark : expected) {
			assertTrue(all.contains(mark), exporterId + " internal output lacks " + mark);
		}
	}

	@Test
	void sharedDocumentsShowWithheldNotices() throws Exception {
		for (Evaluation evaluation : planted) {
			for (Exporter exporter : ExporterRegistry.getDefault().exporters()) {
				if (exporter.scope() == ExportScope.EVALUATION && exporter.accepts(evaluation)) {
					String text = Outputs.readableText(exporter.fileExtension(),
							Outputs.export(exporter.id(), workspace, List.of(evaluation), Audience.SHARED));
					assertTrue(text.contains("Left out of this version"), exporter.id() + " for " + evaluation.getId());
					assertTrue(text.contains("withheld"), exporter.id() + " names what was withheld");
				}
			}
		}
	}

	@Test
	void sectionJudgementOnPerformanceManagementWithheld() throws Exception {
		LASelfEvaluation selfEvaluation = (LASelfEvaluation) planted.get(3);
		SectionJudgement judgement = EvaluationFactory.eINSTANCE.createSectionJudgement();
		judgement.setSection("2.5");
		judgement.setRationale("Section " + PERFORMANCE_RATIONALE);
		selfEvaluation.getSectionJudgements().add(judgement);

		String text = Outputs.readableText("pdf", Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace,
				List.of(selfEvaluation), Audience.SHARED));

		assertFalse(text.contains(PERFORMANCE_RATIONALE));
	}

	private static List<String> outputs(Exporter exporter, Audience audience) throws Exception {
		List<String> texts = new ArrayList<>();
		if (exporter.scope() == ExportScope.SELECTION) {
			texts.add(Outputs.readableText(exporter.fileExtension(), Outputs.export(exporter.id(), workspace, planted, audience)));
			return texts;
		}
		for (Evaluation evaluation : planted) {
			if (exporter.accepts(evaluation)) {
				texts.add(Outputs.readableText(exporter.fileExtension(),
						Outputs.export(exporter.id(), workspace, List.of(evaluation), audience)));
			}
		}
		assertFalse(texts.isEmpty(), exporter.id() + " accepts none of the planted evaluations");
		return texts;
	}
}
