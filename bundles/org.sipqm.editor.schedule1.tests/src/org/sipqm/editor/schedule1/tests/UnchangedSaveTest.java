package org.sipqm.editor.schedule1.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
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
import org.sipqm.editor.schedule1.internal.TermlyReviewEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/**
 * Opens a termly review that lacks a judgement and saves it unchanged: the file must stay byte
 * for byte the same, and the first edit of the unjudged row adds its judgement, which Undo
 * removes again.
 */
class UnchangedSaveTest {

	private static final String UNJUDGED = "1.1.2";

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	private static Path template;
	private EditorHarness harness;
	private String reviewId;
	private Path file;

	@BeforeAll
	static void generateSample() throws IOException {
		template = templateFolder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(template);
	}

	/** Removes one judgement from a draft review on disk, then opens the workspace. */
	@BeforeEach
	void prepareAndOpen() throws IOException, InterruptedException {
		TestFolders.copy(template, folder);
		Workspace workspace = WorkspaceStore.open(folder);
		TermlyReview review = workspace.evaluations().stream().filter(TermlyReview.class::isInstance)
				.map(TermlyReview.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("the sample holds no termly review"));
		review.setStatus(EvaluationStatus.DRAFT);
		assertTrue(review.getJudgements().removeIf(
				judgement -> UNJUDGED.equals(SipqmLabels.criterionCode(judgement.getCriterion()))),
				"the sample review judges " + UNJUDGED);
		workspace.save(review);
		reviewId = review.getId();
		file = folder.resolve(workspace.pathOf(review));
		harness = new EditorHarness(folder, 1024, 768);
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	@Test
	void openSaveUnchangedKeepsFileBytes() throws IOException {
		byte[] before = Files.readAllBytes(file);
		TermlyReview review = review();
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);

		assertFalse(harness.part().isDirty(), "dirty right after opening");
		assertEquals(Optional.empty(), judgementOf(review, UNJUDGED), "judgement added by opening");
		editor.save();

		assertArrayEquals(before, Files.readAllBytes(file), "file after opening and saving unchanged");
	}

	@Test
	void firstEditAddsJudgementUndoRemovesIt() throws IOException {
		byte[] before = Files.readAllBytes(file);
		TermlyReview review = review();
		TermlyReviewEditor editor = harness.open(TermlyReviewEditor.class, review);
		int judgementsBefore = review.getJudgements().size();
		Combo grade = named(Combo.class, "Judgement on " + UNJUDGED);

		select(grade, Grade.GOOD);
		assertEquals(Grade.GOOD, judgementOf(review, UNJUDGED).orElseThrow().getGrade(), "grade of the new judgement");
		assertEquals(judgementsBefore + 1, review.getJudgements().size(), "judgements after the first edit");
		assertTrue(harness.part().isDirty(), "dirty after the first edit");

		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertEquals(Optional.empty(), judgementOf(review, UNJUDGED), "judgement after undo");
		assertEquals(SipqmLabels.grade(Grade.NOT_JUDGED), grade.getText(), "combo after undo");
		assertFalse(harness.part().isDirty(), "dirty after undo");
		editor.save();
		assertArrayEquals(before, Files.readAllBytes(file), "file after undoing the edit and saving");
	}

	private TermlyReview review() {
		return (TermlyReview) harness.workspace().evaluations().stream()
				.filter(candidate -> candidate.getId().equals(reviewId)).findFirst().orElseThrow();
	}

	private static Optional<Judgement> judgementOf(Evaluation evaluation, String code) {
		return evaluation.getJudgements().stream()
				.filter(judgement -> SipqmLabels.criterionCode(judgement.getCriterion()).equals(code)).findFirst();
	}

	private <T extends org.eclipse.swt.widgets.Control> T named(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private void select(Combo combo, Grade grade) {
		combo.select(List.of(combo.getItems()).indexOf(SipqmLabels.grade(grade)));
		combo.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}
}
