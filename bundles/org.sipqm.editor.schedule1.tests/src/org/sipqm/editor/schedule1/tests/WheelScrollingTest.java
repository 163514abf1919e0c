package org.sipqm.editor.schedule1.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.editor.schedule1.internal.TermlyReviewEditor;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/** Turns the mouse wheel over a rationale field and a grade combo of the schedule 1 editor. */
class WheelScrollingTest {

	private static final String CRITERION = "1.1.2";

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	private static Path template;
	private EditorHarness harness;
	private ScrolledForm form;
	private Text rationale;
	private Combo grade;
	private TermlyReview review;

	@BeforeAll
	static void generateSample() throws IOException {
		template = templateFolder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(template);
	}

	@BeforeEach
	void openEditor() throws IOException, InterruptedException {
		TestFolders.copy(template, folder);
		harness = new EditorHarness(folder, 1024, 768);
		review = harness.workspace().evaluations().stream().filter(TermlyReview.class::isInstance)
				.map(TermlyReview.class::cast).findFirst().orElseThrow();
		review.setStatus(EvaluationStatus.DRAFT);
		form = harness.open(TermlyReviewEditor.class, review).getForm();
		rationale = EditorHarness.findAll(harness.shell(), Text.class).stream()
				.filter(text -> ("Rationale for " + CRITERION).equals(text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow();
		grade = EditorHarness.findAll(harness.shell(), Combo.class).stream()
				.filter(combo -> ("Judgement on " + CRITERION).equals(combo.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow();
		rationale.setText("Short.");
		form.getChildren()[0].forceFocus();
		harness.dispatchEvents();
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	@Test
	void wheelOverShortRationaleScrollsForm() {
		int before = form.getOrigin().y;
		wheelDown();
		assertTrue(form.getOrigin().y > before, "form origin " + form.getOrigin().y + " after the wheel, was " + before);
	}

	@Test
	void wheelOverFocusedRationaleLeavesForm() {
		rationale.forceFocus();
		harness.dispatchEvents();
		int before = form.getOrigin().y;
		wheelDown();
		assertEquals(before, form.getOrigin().y, "form origin after the wheel over the focused field");
	}

	@Test
	void wheelOverOverflowingRationaleLeavesForm() {
		rationale.setText("A rationale longer than the field.\n".repeat(12));
		harness.dispatchEvents();
		int before = form.getOrigin().y;
		wheelDown();
		assertEquals(before, form.getOrigin().y, "form origin after the wheel over a field with hidden text");
	}

	@Test
	void wheelOverUnfocusedGradeScrollsForm() {
		String gradeText = grade.getText();
		List<String> judgements = judgementsOfReview();
		int before = form.getOrigin().y;

		Event event = wheelDown(grade);

		assertFalse(event.doit, "the combo's own wheel handling is cancelled");
		assertTrue(form.getOrigin().y > before, "form origin " + form.getOrigin().y + " after the wheel, was " + before);
		assertEquals(gradeText, grade.getText(), "grade shown after the wheel");
		assertEquals(judgements, judgementsOfReview(), "judgements after the wheel");
	}

	@Test
	void wheelOverFocusedGradeLeavesForm() {
		grade.forceFocus();
		harness.dispatchEvents();
		int before = form.getOrigin().y;

		Event event = wheelDown(grade);

		assertTrue(event.doit, "the focused combo keeps the wheel");
		assertEquals(before, form.getOrigin().y, "form origin after the wheel over the focused combo");
	}

	private List<String> judgementsOfReview() {
		return review.getJudgements().stream().map(judgement -> judgement.getCriterion() + " " + judgement.getGrade())
				.toList();
	}

	private void wheelDown() {
		wheelDown(rationale);
	}

	private Event wheelDown(Control control) {
		Event event = new Event();
		event.count = -3;
		event.doit = true;
		control.notifyListeners(SWT.MouseVerticalWheel, event);
		harness.dispatchEvents();
		return event;
	}
}
