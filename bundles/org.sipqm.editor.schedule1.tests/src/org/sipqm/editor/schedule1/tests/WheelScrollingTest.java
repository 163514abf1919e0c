package org.sipqm.editor.schedule1.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
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

/** Turns the mouse wheel over a rationale field of the schedule 1 editor. */
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
		TermlyReview review = harness.workspace().evaluations().stream().filter(TermlyReview.class::isInstance)
				.map(TermlyReview.class::cast).findFirst().orElseThrow();
		review.setStatus(EvaluationStatus.DRAFT);
		form = harness.open(TermlyReviewEditor.class, review).getForm();
		rationale = EditorHarness.findAll(harness.shell(), Text.class).stream()
				.filter(text -> ("Rationale for " + CRITERION).equals(text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
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

	private void wheelDown() {
		Event event = new Event();
		event.count = -3;
		event.doit = true;
		rationale.notifyListeners(SWT.MouseVerticalWheel, event);
		harness.dispatchEvents();
	}
}
