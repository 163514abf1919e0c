package org.sipqm.editor.schedule4.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
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
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/**
 * Opens a schedule 4 evaluation that lacks a judgement, a section's overall judgement and a note
 * of visit, and saves it unchanged, which must keep the file byte for byte. The first edit of the
 * unjudged row adds its judgement, and Undo removes it again.
 */
class UnchangedSaveTest {

	private static final String UNJUDGED = "1.1.2";

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	private static Path template;
	private EditorHarness harness;
	private String evaluationId;
	private Path file;

	@BeforeAll
	static void generateSample() throws IOException {
		template = templateFolder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(template);
	}

	/** Removes a judgement, a section judgement and the note of visit from a draft on disk, then opens the workspace. */
	@BeforeEach
	void prepareAndOpen() throws IOException, InterruptedException {
		TestFolders.copy(template, folder);
		Workspace workspace = WorkspaceStore.open(folder);
		LASelfEvaluation evaluation = workspace.evaluations().stream().filter(LASelfEvaluation.class::isInstance)
				.map(LASelfEvaluation.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("the sample holds no LA self-evaluation"));
		evaluation.setStatus(EvaluationStatus.DRAFT);
		evaluation.getJudgements().removeIf(judgement -> UNJUDGED.equals(SipqmLabels.criterionCode(judgement.getCriterion())));
		if (!evaluation.getSectionJudgements().isEmpty()) {
			evaluation.getSectionJudgements().remove(0);
		}
		evaluation.setNoteOfVisit(null);
		workspace.save(evaluation);
		evaluationId = evaluation.getId();
		file = folder.resolve(workspace.pathOf(evaluation));
		harness = new EditorHarness(folder, 1024, 768);
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	@Test
	void openSaveUnchangedKeepsFileBytes() throws IOException {
		byte[] before = Files.readAllBytes(file);
		LASelfEvaluation evaluation = evaluation();
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);

		assertFalse(harness.part().isDirty(), "dirty right after opening");
		assertEquals(Optional.empty(), judgementOf(evaluation, UNJUDGED), "judgement added by opening");
		assertNull(evaluation.getNoteOfVisit(), "note of visit added by opening");
		editor.save();

		assertArrayEquals(before, Files.readAllBytes(file), "file after opening and saving unchanged");
	}

	@Test
	void firstEditAddsJudgementUndoRemovesIt() throws IOException {
		byte[] before = Files.readAllBytes(file);
		LASelfEvaluation evaluation = evaluation();
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		int judgementsBefore = evaluation.getJudgements().size();

		click(named(Button.class, UNJUDGED + ": " + SipqmLabels.grade(Grade.GOOD)));
		assertEquals(Grade.GOOD, judgementOf(evaluation, UNJUDGED).orElseThrow().getGrade(), "grade of the new judgement");
		assertEquals(judgementsBefore + 1, evaluation.getJudgements().size(), "judgements after the first edit");
		click(named(Button.class, UNJUDGED + ": " + SipqmLabels.grade(Grade.OUTSTANDING)));
		assertEquals(judgementsBefore + 1, evaluation.getJudgements().size(), "judgements after the second edit");

		new UndoHandler().execute(harness.part());
		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertEquals(Optional.empty(), judgementOf(evaluation, UNJUDGED), "judgement after undoing both edits");
		assertFalse(harness.part().isDirty(), "dirty after undoing both edits");
		editor.save();
		assertArrayEquals(before, Files.readAllBytes(file), "file after undoing the edits and saving");

		click(EditorHarness.findAll(harness.shell(), Button.class).stream()
				.filter(button -> button.getText().contains("Add Action")).findFirst().orElseThrow());
		assertNotNull(evaluation.getNoteOfVisit(), "note of visit after adding an action");
		assertEquals(1, evaluation.getNoteOfVisit().getActions().size(), "actions of the new note of visit");
	}

	private LASelfEvaluation evaluation() {
		return (LASelfEvaluation) harness.workspace().evaluations().stream()
				.filter(candidate -> candidate.getId().equals(evaluationId)).findFirst().orElseThrow();
	}

	private static Optional<Judgement> judgementOf(Evaluation evaluation, String code) {
		return evaluation.getJudgements().stream()
				.filter(judgement -> SipqmLabels.criterionCode(judgement.getCriterion()).equals(code)).findFirst();
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	/** Clicks a radio button as a user does, deselecting the others of its group. */
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
}
