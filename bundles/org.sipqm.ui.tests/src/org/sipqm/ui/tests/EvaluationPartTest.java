package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.Criterion;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.evaluation.EvaluationPart;

/**
 * Renders evaluations of the regional sample workspace in the evaluation part and checks that the
 * form shows what each schedule records, beside the framework's text of each criterion.
 */
class EvaluationPartTest {

	private static final String RESTRICTED = "Restricted: concerns an individual";

	@TempDir
	static Path folder;

	private static Workspace workspace;

	private PartHarness harness;

	@BeforeAll
	static void openSample() throws IOException {
		workspace = WorkspaceStore.open(TestWorkspaces.sample(folder.resolve("sample")));
	}

	@BeforeEach
	void openShell() {
		harness = new PartHarness(1000, 800);
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void termlyReviewShowsGradesBesideCriteria() {
		TermlyReview review = first(TermlyReview.class, evaluation -> true);
		ScrolledForm form = render(review);

		assertEquals(SipqmLabels.evaluation(review), form.getText());
		List<Judgement> judged = review.getJudgements().stream().filter(judgement -> !judgement.isNotEvaluated()).toList();
		assertFalse(judged.isEmpty(), "the sample review should hold judgements");
		for (Judgement judgement : judged) {
			Criterion criterion = criterion(judgement.getCriterion());
			String answer = answerBeside(form, criterion);
			assertTrue(answer.contains(SipqmLabels.grade(judgement.getGrade())),
					"the grade of " + criterion.getCode() + " should be beside it, found: " + answer);
		}
	}

	@Test
	void restrictedEvidenceMarked() {
		TermlyReview review = first(TermlyReview.class, evaluation -> evaluation.getJudgements().stream()
				.anyMatch(judgement -> judgement.getEvidence().stream().anyMatch(EvidenceItem::isConcernsIndividual)));
		Judgement judgement = review.getJudgements().stream()
				.filter(candidate -> candidate.getEvidence().stream().anyMatch(EvidenceItem::isConcernsIndividual))
				.findFirst()
				.orElseThrow();
		Judgement open = review.getJudgements().stream()
				.filter(candidate -> !candidate.getEvidence().isEmpty())
				.filter(candidate -> candidate.getEvidence().stream().noneMatch(EvidenceItem::isConcernsIndividual))
				.findFirst()
				.orElseThrow();
		ScrolledForm form = render(review);

		String restricted = answerBeside(form, criterion(judgement.getCriterion()));
		assertTrue(restricted.contains(RESTRICTED), "restricted evidence should be marked: " + restricted);
		EvidenceItem item = judgement.getEvidence().get(0);
		assertTrue(restricted.contains(item.getTitle()), "evidence titles should be listed: " + restricted);
		assertFalse(answerBeside(form, criterion(open.getCriterion())).contains(RESTRICTED),
				"evidence open to stakeholders should carry no marker");
	}

	@Test
	void discussionShowsResponsesAndProtocol() {
		HeadteacherDiscussion discussion = first(HeadteacherDiscussion.class,
				candidate -> !candidate.getResponses().isEmpty() && candidate.getOverallBenefits() != null);
		ScrolledForm form = render(discussion);

		Response response = discussion.getResponses().get(0);
		String answer = answerBeside(form, criterion(response.getCriterion()));
		assertTrue(answer.contains(response.getAnswer()), "the answer should be beside its question: " + answer);
		assertTrue(texts(form).contains(discussion.getOverallBenefits()), "overall benefits should be shown");
		assertTrue(texts(form).contains(SipqmLabels.text(discussion.getSchool())), "the header should name the school");
	}

	@Test
	void shadowVisitShowsProtocolChecks() {
		ShadowVisit visit = first(ShadowVisit.class, candidate -> !candidate.getProtocolChecks().isEmpty());
		ScrolledForm form = render(visit);

		String checks = texts(form).stream().filter(text -> text.contains("Done, ")).findFirst().orElse("");
		String firstStep = FrameworkRegistry.getDefault().schedule(3).orElseThrow().getProtocols().get(0).getSteps().get(0)
				.getText();
		assertTrue(checks.contains(firstStep), "protocol steps should be listed with their checks: " + checks);
		assertTrue(texts(form).contains(visit.getPurpose()), "the purpose should be shown");
	}

	@Test
	void selfEvaluationShowsSectionJudgements() {
		LASelfEvaluation selfEvaluation = first(LASelfEvaluation.class, candidate -> !candidate.getSectionJudgements().isEmpty());
		SectionJudgement judgement = selfEvaluation.getSectionJudgements().get(0);
		ScrolledForm form = render(selfEvaluation);

		String expected = "Section judgement: " + SipqmLabels.grade(judgement.getGrade());
		assertTrue(texts(form).stream().anyMatch(text -> text.startsWith(expected)),
				"expected a block starting with '" + expected + "'");
	}

	@Test
	void noteOfVisitListsActions() {
		Evaluation evaluation = first(Evaluation.class,
				candidate -> candidate.getNoteOfVisit() != null && !candidate.getNoteOfVisit().getActions().isEmpty());
		ScrolledForm form = render(evaluation);

		String description = evaluation.getNoteOfVisit().getActions().get(0).getDescription();
		String owner = evaluation.getNoteOfVisit().getActions().get(0).getOwner();
		String actions = texts(form).stream().filter(text -> text.contains(description)).findFirst().orElse("");
		assertTrue(actions.contains("Owner: " + owner), "actions should name their owner: " + actions);
	}

	@Test
	void textWrapsInNarrowPart() {
		harness.shell().setSize(520, 700);
		ScrolledForm form = render(first(HeadteacherDiscussion.class, evaluation -> true));

		int width = form.getClientArea().width;
		for (Control control : PartHarness.findAll(form.getBody(), Control.class)) {
			int right = form.getBody().toControl(control.toDisplay(control.getSize().x, 0)).x;
			assertTrue(right <= width, "a " + control.getClass().getSimpleName() + " in a "
					+ control.getParent().getClass().getSimpleName() + " ends at " + right
					+ " px, beyond the form's width of " + width + " px: " + describe(control));
		}
	}

	private static String describe(Control control) {
		return switch (control) {
		case StyledText text -> text.getText();
		case org.eclipse.swt.widgets.Label label -> label.getText();
		case org.eclipse.ui.forms.widgets.Section section -> section.getText();
		default -> control.toString();
		};
	}

	private ScrolledForm render(Evaluation evaluation) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		EvaluationEditors.initialise(part, workspace, evaluation);
		harness.context().set(MPart.class, part);
		EvaluationPart evaluationPart = harness.make(EvaluationPart.class);
		return evaluationPart.getForm();
	}

	/** Returns the text beside the criterion's own block: what the evaluation records for it. */
	private static String answerBeside(ScrolledForm form, Criterion criterion) {
		String criterionText = criterion.getCode() + " " + criterion.getStatement();
		for (StyledText text : PartHarness.findAll(form.getBody(), StyledText.class)) {
			if (text.getText().startsWith(criterionText)) {
				List<Control> siblings = Arrays.asList(text.getParent().getChildren());
				return ((StyledText) siblings.get(siblings.indexOf(text) + 1)).getText();
			}
		}
		throw new AssertionError("no block shows criterion " + criterionText);
	}

	private static Criterion criterion(String uri) {
		return FrameworkRegistry.getDefault().find(CriterionUri.parse(uri)).orElseThrow();
	}

	private static List<String> texts(ScrolledForm form) {
		return PartHarness.findAll(form.getBody(), StyledText.class).stream().map(StyledText::getText).toList();
	}

	private static <T extends Evaluation> T first(Class<T> type, Predicate<T> condition) {
		return workspace.evaluations().stream()
				.filter(type::isInstance)
				.map(type::cast)
				.filter(condition)
				.findFirst()
				.orElseThrow(() -> new AssertionError("the sample has no matching " + type.getSimpleName()));
	}
}
