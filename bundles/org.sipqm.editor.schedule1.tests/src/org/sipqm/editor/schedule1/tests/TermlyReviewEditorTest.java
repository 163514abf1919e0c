package org.sipqm.editor.schedule1.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.editor.schedule1.internal.TermlyReviewEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.ui.internal.editing.EditorDiagnostics;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationSaveHandler;
import org.sipqm.ui.internal.editing.RedoHandler;
import org.sipqm.ui.internal.editing.SavePrompt;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.RecordingSavePrompt;
import org.sipqm.ui.testing.TestFolders;

/**
 * Edits termly reviews of a generated sample workspace in the schedule 1 editor: grades, rationale,
 * undo and redo, saving to disk, the prompt when a dirty editor closes, and the status workflow.
 */
class TermlyReviewEditorTest {

	private static final String FIRST_CRITERION = "1.1.1";

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	private static Path template;
	private EditorHarness harness;

	@BeforeAll
	static void generateSample() throws IOException {
		template = templateFolder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(template);
	}

	@BeforeEach
	void openHarness() throws IOException, InterruptedException {
		TestFolders.copy(template, folder);
		harness = new EditorHarness(folder, 1024, 768);
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	@Test
	void gradeEditUndoRedoSaveReopen() throws IOException {
		TermlyReview review = draftReview();
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);
		MPart part = harness.part();
		assertFalse(part.isDirty(), "dirty right after opening");

		Combo grade = namedControl(Combo.class, "Judgement on " + FIRST_CRITERION);
		Judgement judgement = judgementOf(review, FIRST_CRITERION);
		Grade before = judgement.getGrade();
		Grade chosen = before == Grade.GOOD ? Grade.OUTSTANDING : Grade.GOOD;
		select(grade, chosen);

		assertEquals(chosen, judgement.getGrade(), "grade after the edit");
		assertTrue(part.isDirty(), "dirty after the edit");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(before, judgement.getGrade(), "grade after undo");
		assertEquals(SipqmLabels.grade(before), grade.getText(), "combo after undo");
		assertFalse(part.isDirty(), "dirty after undo");

		assertTrue(new RedoHandler().canExecute(part), "redo enabled");
		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(chosen, judgement.getGrade(), "grade after redo");
		assertEquals(SipqmLabels.grade(chosen), grade.getText(), "combo after redo");
		assertTrue(part.isDirty(), "dirty after redo");

		editor.save();
		assertFalse(part.isDirty(), "dirty after save");

		Workspace reloaded = WorkspaceStore.open(folder);
		TermlyReview onDisk = (TermlyReview) find(reloaded, review.getId());
		assertEquals(chosen, judgementOf(onDisk, FIRST_CRITERION).getGrade(), "grade in the saved file");
	}

	@Test
	void rationaleTypingReachesModel() throws IOException {
		TermlyReview review = draftReview();
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);
		Text rationale = namedControl(Text.class, "Rationale for " + FIRST_CRITERION);
		Judgement judgement = judgementOf(review, FIRST_CRITERION);

		rationale.setText("Minutes of the SIP steering group show the brokering of support.");
		harness.waitUntil("the rationale reaches the model",
				() -> rationale.getText().equals(judgement.getRationale()), Duration.ofSeconds(5));
		assertTrue(harness.part().isDirty(), "dirty after typing");

		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertFalse(harness.part().isDirty(), "dirty after undoing the typing");
		assertEquals(judgement.getRationale() == null ? "" : judgement.getRationale(), rationale.getText(),
				"text field after undo");

		rationale.setText("Typed just before saving.");
		editor.save();
		assertEquals("Typed just before saving.", judgementOf(find(WorkspaceStore.open(folder), review.getId()),
				FIRST_CRITERION).getRationale(), "rationale saved without waiting for the typing pause");
	}

	@Test
	void diagnosticBesideGradeAppearsAndGoes() throws IOException {
		TermlyReview review = draftReview();
		Judgement judgement = judgementOf(review, FIRST_CRITERION);
		judgement.getEvidence().clear();
		judgement.setGrade(Grade.NOT_JUDGED);
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);
		EditorDiagnostics diagnostics = editor.getDiagnostics();
		Combo grade = namedControl(Combo.class, "Judgement on " + FIRST_CRITERION);
		assertNull(grade.getData(EditorDiagnostics.MESSAGES_KEY), "an ungraded judgement without evidence is fine");

		select(grade, Grade.GOOD);
		assertNull(grade.getData(EditorDiagnostics.MESSAGES_KEY), "validation should wait for a pause after the edit");
		harness.waitUntil("the diagnostic shows beside the grade",
				() -> grade.getData(EditorDiagnostics.MESSAGES_KEY) != null, Duration.ofSeconds(5));
		String shown = (String) grade.getData(EditorDiagnostics.MESSAGES_KEY);
		assertTrue(shown.contains("1.1.1"), shown);
		assertTrue(shown.contains("evidence"), shown);
		assertTrue(diagnostics.diagnostics().stream().anyMatch(diagnostic -> diagnostic.element() == judgement
				&& RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE.equals(diagnostic.ruleId())), "diagnostics: " + diagnostics.diagnostics());
		assertNotEquals(IMessageProvider.NONE, editor.getForm().getForm().getMessageType(),
				"the form heading should sum up the diagnostics");
		List<Control> lines = diagnostics.messageLines().stream()
				.filter(candidate -> EditorHarness.findAll((Composite) candidate, Label.class).stream()
						.anyMatch(label -> shown.equals(label.getText())))
				.toList();
		assertEquals(1, lines.size(), "one message line shows the diagnostic of the graded judgement");
		Control line = lines.get(0);
		assertSame(grade.getParent(), line.getParent());
		Control[] rowControls = grade.getParent().getChildren();
		assertTrue(line.getBounds().y > grade.getBounds().y, "the message line should be below the grade");
		assertTrue(List.of(rowControls).indexOf(line) > List.of(rowControls).indexOf(grade),
				"the message line should follow the grade's row");

		long start = System.nanoTime();
		diagnostics.refresh();
		System.out.printf("Validating %s and showing its diagnostics took %d ms%n", review.getId(),
				(System.nanoTime() - start) / 1_000_000);

		select(grade, Grade.NOT_JUDGED);
		harness.waitUntil("the diagnostic goes once the grade is withdrawn",
				() -> grade.getData(EditorDiagnostics.MESSAGES_KEY) == null, Duration.ofSeconds(5));
		assertTrue(diagnostics.diagnostics().stream().noneMatch(diagnostic -> diagnostic.element() == judgement),
				"diagnostics: " + diagnostics.diagnostics());
		assertTrue(line.isDisposed(), "the message line should go with its diagnostic");

		select(grade, Grade.OUTSTANDING);
		editor.save();
		assertNotNull(grade.getData(EditorDiagnostics.MESSAGES_KEY), "saving should validate at once");
	}

	@Test
	void revealFocusesJudgementField() {
		TermlyReview review = draftReview();
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);
		Judgement judgement = judgementOf(review, "2.5.5");
		Text rationale = namedControl(Text.class, "Rationale for 2.5.5");

		assertTrue(editor.reveal(judgement), "reveal found no field");
		harness.dispatchEvents();

		var focused = rationale.getDisplay().getFocusControl();
		assertEquals(judgement, focused.getData(org.sipqm.ui.internal.editing.EditorWidgets.ELEMENT_KEY),
				"element of the focused field " + focused);
	}

	@Test
	void closingDirtyEditorPrompts() throws IOException {
		TermlyReview review = draftReview();
		harness.open(TermlyReviewEditor.class, review);
		MPart part = harness.part();
		Judgement judgement = judgementOf(review, FIRST_CRITERION);
		Grade before = judgement.getGrade();
		select(namedControl(Combo.class, "Judgement on " + FIRST_CRITERION),
				before == Grade.GOOD ? Grade.OUTSTANDING : Grade.GOOD);

		RecordingSavePrompt cancel = new RecordingSavePrompt(SavePrompt.Choice.CANCEL);
		assertFalse(new EvaluationSaveHandler(cancel).save(part, true), "close goes ahead after cancel");
		assertEquals(List.of(part), cancel.prompted(), "parts the prompt asked about");
		assertTrue(part.isDirty(), "dirty after cancel");

		RecordingSavePrompt discard = new RecordingSavePrompt(SavePrompt.Choice.DISCARD);
		assertTrue(new EvaluationSaveHandler(discard).save(part, true), "close goes ahead after discard");
		assertFalse(part.isDirty(), "dirty after discard");
		assertEquals(before, judgement.getGrade(), "grade after discard");
		harness.closeEditor();
		assertEquals(before, judgementOf(find(WorkspaceStore.open(folder), review.getId()), FIRST_CRITERION)
				.getGrade(), "grade on disk after discard");
	}

	@Test
	void publishedReviewIsReadOnlyUntilReopened() {
		TermlyReview review = draftReview();
		review.setStatus(EvaluationStatus.PUBLISHED);
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);

		Combo grade = namedControl(Combo.class, "Judgement on " + FIRST_CRITERION);
		assertFalse(grade.isEnabled(), "grade enabled in a published review");
		assertFalse(namedControl(Text.class, "Rationale for " + FIRST_CRITERION).getEditable(),
				"rationale editable in a published review");
		Button reopen = EditorHarness.findAll(editor.getForm().getBody(), Button.class).stream()
				.filter(button -> button.getText().contains("Reopen")).findFirst().orElseThrow();
		assertTrue(reopen.isEnabled(), "reopen button enabled");

		int changesBefore = review.getStatusChanges().size();
		editor.reopen("The LA sent corrected data for section 2.");
		harness.dispatchEvents();

		assertEquals(EvaluationStatus.DRAFT, review.getStatus(), "status after reopening");
		assertEquals(changesBefore + 1, review.getStatusChanges().size(), "status changes recorded");
		StatusChange change = review.getStatusChanges().get(review.getStatusChanges().size() - 1);
		assertEquals(EvaluationStatus.PUBLISHED, change.getFrom(), "recorded from");
		assertEquals(EvaluationStatus.DRAFT, change.getTo(), "recorded to");
		assertEquals("The LA sent corrected data for section 2.", change.getReason(), "recorded reason");
		assertTrue(namedControl(Combo.class, "Judgement on " + FIRST_CRITERION).isEnabled(),
				"grade enabled after reopening");
		assertTrue(harness.part().isDirty(), "dirty after reopening");
	}

	@Test
	void everyInputNamedAndSectionsExpanded() {
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, draftReview());
		List<Control> inputs = new ArrayList<>();
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Combo.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Text.class));
		assertFalse(inputs.isEmpty(), "the form has inputs");
		for (Control input : inputs) {
			assertNotNull(input.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "accessible name of " + input);
		}

		for (Section section : EditorHarness.findAll(editor.getForm().getBody(), Section.class)) {
			assertTrue(section.isExpanded(), "section " + section.getText() + " expanded");
		}
	}

	@Test
	void formFitsEditorAreaAt1024By768() {
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, draftReview());
		// The editor area's share of a 1024 px wide window beside the navigator.
		harness.shell().setSize(660, 640);
		harness.shell().layout(true, true);
		editor.getForm().reflow(true);
		harness.dispatchEvents();

		int visibleWidth = editor.getForm().getClientArea().width;
		List<String> overflowing = new ArrayList<>();
		for (Control control : EditorHarness.findAll(editor.getForm().getBody(), Control.class)) {
			Rectangle bounds = control.getDisplay().map(control.getParent(), editor.getForm(), control.getBounds());
			if (bounds.x + bounds.width > visibleWidth && !(control instanceof Composite)) {
				overflowing.add(describe(control) + " ends at " + (bounds.x + bounds.width) + " px");
			}
		}
		assertEquals(List.of(), overflowing, "controls past the form's width of " + visibleWidth + " px");
	}

	@Test
	void tabLeavesMultiLineText() {
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, draftReview());
		List<Text> multiLine = EditorHarness.findAll(editor.getForm().getBody(), Text.class).stream()
				.filter(text -> (text.getStyle() & SWT.MULTI) != 0).toList();
		assertFalse(multiLine.isEmpty(), "the form has rationale fields");
		for (Text text : multiLine) {
			Event tab = new Event();
			tab.detail = SWT.TRAVERSE_TAB_NEXT;
			tab.doit = false;
			text.notifyListeners(SWT.Traverse, tab);
			assertTrue(tab.doit, "Tab moves the focus out of " + text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY));

			Event backTab = new Event();
			backTab.detail = SWT.TRAVERSE_TAB_PREVIOUS;
			backTab.doit = false;
			text.notifyListeners(SWT.Traverse, backTab);
			assertTrue(backTab.doit, "Shift+Tab moves the focus out of " + text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY));
		}
	}

	private static String describe(Control control) {
		Object name = control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY);
		if (name != null) {
			return control.getClass().getSimpleName() + " " + name;
		}
		String text = control instanceof org.eclipse.swt.widgets.Label label ? label.getText()
				: control instanceof Button button ? button.getText() : control.toString();
		return control.getClass().getSimpleName() + " \"" + text.substring(0, Math.min(40, text.length())) + "\"";
	}

	private TermlyReview draftReview() {
		TermlyReview review = harness.workspace().evaluations().stream()
				.filter(TermlyReview.class::isInstance).map(TermlyReview.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("the sample holds no termly review"));
		review.setStatus(EvaluationStatus.DRAFT);
		return review;
	}

	private <T extends Control> T namedControl(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private void select(Combo combo, Grade grade) {
		combo.select(List.of(combo.getItems()).indexOf(SipqmLabels.grade(grade)));
		combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		harness.dispatchEvents();
	}

	private static Judgement judgementOf(Evaluation evaluation, String code) {
		return evaluation.getJudgements().stream()
				.filter(judgement -> SipqmLabels.criterionCode(judgement.getCriterion()).equals(code))
				.findFirst().orElseThrow(() -> new AssertionError("no judgement on " + code));
	}

	private static Evaluation find(Workspace workspace, String id) {
		return workspace.evaluations().stream().filter(evaluation -> evaluation.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no evaluation " + id));
	}


}
