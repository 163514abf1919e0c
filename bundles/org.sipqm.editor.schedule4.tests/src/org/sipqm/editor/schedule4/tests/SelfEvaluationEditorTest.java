package org.sipqm.editor.schedule4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.editor.schedule4.internal.SelfEvaluationEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.ui.internal.editing.EditorDiagnostics;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationSaveHandler;
import org.sipqm.ui.internal.editing.RedoHandler;
import org.sipqm.ui.internal.editing.SavePrompt;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/**
 * Edits LA self-evaluations of a generated sample workspace in the schedule 4 editor: the grade
 * grid, undo and redo, saving to disk, agreed actions, the prompt when a dirty editor closes, and
 * read-only published evaluations.
 */
class SelfEvaluationEditorTest {

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
	void gradeGridUndoRedoSaveReopen() throws IOException {
		LASelfEvaluation evaluation = draft();
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		MPart part = harness.part();
		assertFalse(part.isDirty(), "dirty right after opening");

		Judgement judgement = judgementOf(evaluation, FIRST_CRITERION);
		Grade before = judgement.getGrade();
		Grade chosen = before == Grade.GOOD ? Grade.OUTSTANDING : Grade.GOOD;
		click(radio(FIRST_CRITERION, chosen));

		assertEquals(chosen, judgement.getGrade(), "grade after clicking its column");
		assertTrue(part.isDirty(), "dirty after the edit");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(before, judgement.getGrade(), "grade after undo");
		assertFalse(radio(FIRST_CRITERION, chosen).getSelection(), "radio after undo");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertTrue(radio(FIRST_CRITERION, chosen).getSelection(), "radio after redo");

		editor.save();
		assertFalse(part.isDirty(), "dirty after save");
		LASelfEvaluation onDisk = (LASelfEvaluation) find(WorkspaceStore.open(folder), evaluation.getId());
		assertEquals(chosen, judgementOf(onDisk, FIRST_CRITERION).getGrade(), "grade in the saved file");
		assertFalse(onDisk.getSectionJudgements().isEmpty(), "overall judgements saved");
	}

	@Test
	void diagnosticLineBelowJudgement() {
		LASelfEvaluation evaluation = draft();
		Judgement judgement = judgementOf(evaluation, FIRST_CRITERION);
		judgement.getEvidence().clear();
		judgement.setGrade(Grade.NOT_JUDGED);
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		EditorDiagnostics diagnostics = editor.getDiagnostics();
		Text rationale = named(Text.class, "Rationale for " + FIRST_CRITERION);

		click(radio(FIRST_CRITERION, Grade.OUTSTANDING));
		harness.waitUntil("the diagnostic shows beside the judgement",
				() -> rationale.getData(EditorDiagnostics.MESSAGES_KEY) != null, Duration.ofSeconds(5));
		String shown = (String) rationale.getData(EditorDiagnostics.MESSAGES_KEY);
		assertTrue(shown.contains(FIRST_CRITERION), shown);
		List<Control> lines = diagnostics.messageLines().stream()
				.filter(line -> line.getParent() == rationale.getParent())
				.toList();
		assertEquals(1, lines.size(), "one message line in the judgement's details");
		assertTrue(lines.get(0).getBounds().y > rationale.getBounds().y, "the message line should be below the rationale");

		withdrawGrade(editor, judgement);
		harness.waitUntil("the diagnostic goes once the grade is withdrawn",
				() -> rationale.getData(EditorDiagnostics.MESSAGES_KEY) == null, Duration.ofSeconds(5));
		assertTrue(lines.get(0).isDisposed(), "the message line should go with its diagnostic");
	}

	/** Withdraws the grade as an undoable edit, since the grid offers no "not judged" column. */
	private void withdrawGrade(SelfEvaluationEditor editor, Judgement judgement) {
		editor.getSession().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getSession().domain(),
				judgement, org.sipqm.model.evaluation.EvaluationPackage.Literals.JUDGEMENT__GRADE, Grade.NOT_JUDGED));
		harness.dispatchEvents();
	}

	@Test
	void actionsAddEditRemove() throws IOException {
		LASelfEvaluation evaluation = draft();
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		int before = evaluation.getNoteOfVisit().getActions().size();

		Button add = buttons(editor).stream().filter(button -> button.getText().contains("Add Action")).findFirst()
				.orElseThrow();
		click(add);
		harness.dispatchEvents();
		int number = before + 1;
		assertEquals(number, evaluation.getNoteOfVisit().getActions().size(), "actions after adding");
		Action action = evaluation.getNoteOfVisit().getActions().get(before);

		Text owner = named(Text.class, "Owner of action " + number);
		owner.setText("LA SIP manager");
		Text due = named(Text.class, "Due date of action " + number);
		due.setText("2008-03-14");
		harness.waitUntil("owner and due date reach the model",
				() -> "LA SIP manager".equals(action.getOwner()) && action.getDueDate() != null, Duration.ofSeconds(5));
		assertEquals(LocalDate.of(2008, 3, 14), action.getDueDate(), "due date");

		due.setText("14 March");
		harness.dispatchEvents();
		editor.save();
		assertEquals(LocalDate.of(2008, 3, 14), action.getDueDate(), "due date after text that is no date");

		click(named(Button.class, "Remove action " + number));
		harness.dispatchEvents();
		assertEquals(before, evaluation.getNoteOfVisit().getActions().size(), "actions after removing");
		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertEquals(number, evaluation.getNoteOfVisit().getActions().size(), "actions after undoing the removal");
		assertEquals("LA SIP manager", named(Text.class, "Owner of action " + number).getText(), "owner shown again");
	}

	@Test
	void closingDirtyEditorPrompts() {
		LASelfEvaluation evaluation = draft();
		harness.open(SelfEvaluationEditor.class, evaluation);
		Judgement judgement = judgementOf(evaluation, FIRST_CRITERION);
		Grade before = judgement.getGrade();
		click(radio(FIRST_CRITERION, before == Grade.GOOD ? Grade.OUTSTANDING : Grade.GOOD));

		List<MPart> asked = new ArrayList<>();
		SavePrompt discard = new SavePrompt() {
			@Override
			public Choice ask(List<MPart> dirtyParts) {
				asked.addAll(dirtyParts);
				return Choice.DISCARD;
			}

			@Override
			public void showSaveFailure(MPart part, String message) {
				throw new AssertionError(message);
			}
		};
		assertTrue(new EvaluationSaveHandler(discard).save(harness.part(), true), "close after discard");
		assertEquals(List.of(harness.part()), asked, "parts the prompt asked about");
		assertEquals(before, judgement.getGrade(), "grade after discard");
	}

	@Test
	void publishedIsReadOnly() {
		LASelfEvaluation evaluation = draft();
		evaluation.setStatus(EvaluationStatus.PUBLISHED);
		harness.open(SelfEvaluationEditor.class, evaluation);

		assertFalse(radio(FIRST_CRITERION, Grade.GOOD).isEnabled(), "radio enabled");
		assertFalse(named(Text.class, "Rationale for " + FIRST_CRITERION).getEditable(), "rationale editable");
		assertFalse(named(Combo.class, "Overall judgement on section 1.1").isEnabled(), "overall grade enabled");
	}

	@Test
	void inputsNamedAndFitEditorArea() {
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, draft());
		List<Control> inputs = new ArrayList<>();
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Combo.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Text.class));
		inputs.addAll(buttons(editor).stream().filter(button -> (button.getStyle() & SWT.RADIO) != 0).toList());
		for (Control input : inputs) {
			assertNotNull(input.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "accessible name of " + input);
		}

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
				overflowing.add(control + " ends at " + (bounds.x + bounds.width) + " px");
			}
		}
		assertEquals(List.of(), overflowing, "controls past the form's width of " + visibleWidth + " px");
	}

	@Test
	void rationaleFieldDrawsBorder() {
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, draft());
		harness.dispatchEvents();
		Text rationale = EditorHarness.findAll(editor.getForm().getBody(), Text.class).stream()
				.filter(text -> (text.getStyle() & SWT.MULTI) != 0 && text.isVisible())
				.filter(text -> editor.getForm().getClientArea().contains(
						text.getDisplay().map(text.getParent(), editor.getForm(), text.getLocation())))
				.findFirst().orElseThrow(() -> new AssertionError("no multi-line field in view"));
		Composite parent = rationale.getParent();
		Rectangle bounds = rationale.getBounds();
		Image image = new Image(parent.getDisplay(), parent.getSize().x, parent.getSize().y);
		try {
			GC gc = new GC(parent);
			gc.copyArea(image, 0, 0);
			gc.dispose();
			ImageData pixels = image.getImageData();
			int middle = bounds.y + bounds.height / 2;
			RGB background = parent.getBackground().getRGB();
			// The grid leaves a gap of background between the caption and the field, and the border
			// is drawn one pixel outside the field.
			assertEquals(background, pixels.palette.getRGB(pixels.getPixel(bounds.x - 3, middle)),
					"pixel in the gap before the field");
			assertNotEquals(background, pixels.palette.getRGB(pixels.getPixel(bounds.x - 1, middle)),
					"pixel of the border left of the field");
		} finally {
			image.dispose();
		}
	}

	private LASelfEvaluation draft() {
		LASelfEvaluation evaluation = harness.workspace().evaluations().stream()
				.filter(LASelfEvaluation.class::isInstance).map(LASelfEvaluation.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("the sample holds no LA self-evaluation"));
		evaluation.setStatus(EvaluationStatus.DRAFT);
		return evaluation;
	}

	private Button radio(String code, Grade grade) {
		return named(Button.class, code + ": " + SipqmLabels.grade(grade));
	}

	private List<Button> buttons(SelfEvaluationEditor editor) {
		return EditorHarness.findAll(editor.getForm().getBody(), Button.class);
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	/** Clicks a button as a user does: a radio button's group deselects its other buttons. */
	private void click(Button button) {
		if ((button.getStyle() & SWT.RADIO) != 0) {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof Button other && other != button && other.getSelection()) {
					other.setSelection(false);
					other.notifyListeners(SWT.Selection, new Event());
				}
			}
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
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
