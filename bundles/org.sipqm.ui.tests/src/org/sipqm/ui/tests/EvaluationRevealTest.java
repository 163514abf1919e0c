package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.evaluation.EvaluationPart;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;

/**
 * Renders evaluations of the regional sample workspace, opened through the workspace service as
 * in the workbench, and checks that the form reveals elements and shows the validator's
 * diagnostics beside the judgements they concern.
 */
class EvaluationRevealTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	static Path folders;

	private static Path sample;

	private PartHarness harness;
	private Workspace workspace;

	@BeforeAll
	static void writeSample() throws IOException {
		sample = TestWorkspaces.sample(folders.resolve("sample"));
	}

	@BeforeEach
	void openSample() {
		harness = new PartHarness(1000, 700);
		harness.workspaceService().open(sample);
		harness.waitUntil("the sample is loaded", () -> harness.workspaceService().current().isPresent(), TIMEOUT);
		workspace = harness.workspaceService().current().orElseThrow();
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void revealScrollsToJudgement() {
		Judgement judgement = lastJudgedOf(mostJudged());
		EvaluationPart part = render(EvaluationReveal.evaluationOf(judgement));
		ScrolledForm form = part.getForm();
		assertEquals(0, form.getOrigin().y, "the form should start at the top");

		Control revealed = part.revealBlock(judgement);
		harness.dispatchEvents();

		assertNotNull(revealed, "the form should have a block for the judgement");
		assertTrue(form.getOrigin().y > 0, "the form should scroll down to the judgement");
		Rectangle visible = form.getClientArea();
		Rectangle bounds = form.getDisplay().map(revealed.getParent(), form, revealed.getBounds());
		assertTrue(bounds.y >= 0, "the judgement's block should not be above the view: " + bounds);
		assertTrue(bounds.y < visible.height, "the judgement's block should not be below the view: " + bounds);
		assertTrue(((StyledText) revealed).getText().contains(SipqmLabels.grade(judgement.getGrade())),
				((StyledText) revealed).getText());
		assertTrue(revealed.isFocusControl(), "the judgement's block should have the focus");
		assertEquals(revealed.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_INFO_BACKGROUND),
				revealed.getBackground(), "the judgement's block should be highlighted");
	}

	@Test
	void judgementShowsItsDiagnostic() {
		WorkspaceDiagnostic diagnostic = WorkspaceValidator.withDefaultRules().validate(workspace).stream()
				.filter(candidate -> candidate.element() instanceof Judgement)
				.findFirst()
				.orElseThrow(() -> new AssertionError("the sample should give a diagnostic on a judgement"));
		Judgement judgement = (Judgement) diagnostic.element();
		EvaluationPart part = render(EvaluationReveal.evaluationOf(judgement));

		List<Label> messages = PartHarness.findAll(part.getForm().getBody(), Label.class).stream()
				.filter(label -> diagnostic.message().equals(label.getText()))
				.toList();
		assertEquals(1, messages.size(), "the form should show the diagnostic's message once");
		Label message = messages.get(0);
		List<Control> row = List.of(message.getParent().getChildren());
		Label icon = (Label) row.get(row.indexOf(message) - 1);
		assertNotNull(icon.getImage(), "the message should have the severity's icon");

		// The diagnostics sit in the cell below the judgement's block, so revealing the judgement shows both.
		Control block = part.revealBlock(judgement);
		List<Control> cells = List.of(block.getParent().getChildren());
		assertEquals(message.getParent(), cells.get(cells.indexOf(block) + 2));
	}

	@Test
	void evaluationWithoutDiagnosticsShowsNoProblemsSection() {
		List<WorkspaceDiagnostic> all = WorkspaceValidator.withDefaultRules().validate(workspace);
		Evaluation clean = workspace.evaluations().stream()
				.filter(evaluation -> all.stream()
						.noneMatch(diagnostic -> EvaluationReveal.evaluationOf(diagnostic.element()) == evaluation))
				.findFirst()
				.orElseThrow();
		EvaluationPart part = render(clean);

		assertFalse(PartHarness.findAll(part.getForm().getBody(), org.eclipse.ui.forms.widgets.Section.class).stream()
				.anyMatch(section -> section.getText().startsWith("Problems with this evaluation")));
	}

	private EvaluationPart render(Evaluation evaluation) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		EvaluationEditors.initialise(part, workspace, evaluation);
		harness.context().set(MPart.class, part);
		return harness.make(EvaluationPart.class);
	}

	private Evaluation mostJudged() {
		return workspace.evaluations().stream()
				.max(java.util.Comparator.comparingLong(evaluation -> judged(evaluation).size()))
				.orElseThrow();
	}

	private static List<Judgement> judged(Evaluation evaluation) {
		return evaluation.getJudgements().stream().filter(judgement -> !judgement.isNotEvaluated()).toList();
	}

	private static Judgement lastJudgedOf(Evaluation evaluation) {
		List<Judgement> judged = judged(evaluation);
		assertFalse(judged.isEmpty(), "the sample should hold an evaluation with judgements");
		return judged.get(judged.size() - 1);
	}
}
