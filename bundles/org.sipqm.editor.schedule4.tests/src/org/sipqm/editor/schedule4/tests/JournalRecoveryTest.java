package org.sipqm.editor.schedule4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.journal.JournalEntry;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.editor.schedule4.internal.SelfEvaluationEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.JournalRecovery;
import org.sipqm.ui.internal.editing.JournalWriter;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/**
 * Journals typing in the schedule 4 editor and recovers it into a new editor after the first one
 * is gone, as after a crash. The entry is written in the background, recovered as unsaved changes,
 * saved to the file and then deleted.
 */
class JournalRecoveryTest {

	private static final String TYPED = " Typed before the crash: governors now challenge the data.";
	private static final Duration TIMEOUT = Duration.ofSeconds(20);

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
		// The editor is read-only unless the evaluation is a draft, so the file is saved as one.
		LASelfEvaluation evaluation = selfEvaluation();
		evaluation.setStatus(EvaluationStatus.DRAFT);
		harness.workspace().save(evaluation);
	}

	@AfterEach
	void closeHarness() {
		if (harness != null) {
			harness.close();
		}
	}

	@Test
	void typingJournalledAndRecovered() throws IOException, InterruptedException {
		LASelfEvaluation evaluation = selfEvaluation();
		String path = WorkspaceLayout.toPortableString(harness.workspace().pathOf(evaluation));
		Judgement judgement = evaluation.getJudgements().get(0);
		String saved = judgement.getRationale() == null ? "" : judgement.getRationale();
		SelfEvaluationEditor first = harness.open(SelfEvaluationEditor.class, evaluation);
		EditJournal journal = new EditJournal(folder);

		Text rationale = rationaleField(judgement);
		rationale.setText(saved + TYPED);
		harness.waitUntil("the typing reaches the model", () -> (saved + TYPED).equals(judgement.getRationale()),
				TIMEOUT);
		assertTrue(harness.part().isDirty(), "dirty after typing");
		harness.waitUntil("the journal has an entry", () -> entries(journal).size() == 1, TIMEOUT);

		JournalEntry entry = entries(journal).get(0);
		assertEquals(path, entry.evaluationPath());
		assertEquals(JournalEntry.State.RECOVERABLE, entry.state());
		assertEquals(SipqmLabels.evaluation(evaluation), entry.label());
		assertTrue(new String(Files.readAllBytes(entry.entryFile()), StandardCharsets.UTF_8).contains("governors now challenge"),
				"the entry holds the typed text");
		assertFalse(Files.readString(folder.resolve(path), StandardCharsets.UTF_8).contains("governors now challenge"),
				"the evaluation file is untouched until Save");

		// A crash leaves the entry behind; closing the editor cleanly deletes it, so it is kept aside.
		byte[] entryBytes = Files.readAllBytes(entry.entryFile());
		// The workbench's renderer runs @PreDestroy when it removes a part; the harness does not.
		first.dispose();
		harness.close();
		harness = null;
		assertTrue(JournalWriter.awaitIdle(TIMEOUT), "journal writer idle");
		assertEquals(List.of(), entries(journal), "entries after the editor closed cleanly");
		Files.write(entry.entryFile(), entryBytes);

		harness = new EditorHarness(folder, 1024, 768);
		LASelfEvaluation reloaded = selfEvaluation();
		assertNotSame(evaluation, reloaded);
		Judgement reloadedJudgement = reloaded.getJudgements().get(0);
		assertEquals(saved, nullToEmpty(reloadedJudgement.getRationale()), "the file holds the saved text");
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, reloaded);
		JournalEntry found = entries(journal).get(0);
		assertEquals(JournalEntry.State.RECOVERABLE, found.state());

		assertTrue(JournalRecovery.recoverInto(editor, journal.load(found)), "recovery changed the evaluation");
		harness.dispatchEvents();

		assertEquals(saved + TYPED, reloadedJudgement.getRationale(), "recovered text in the model");
		assertTrue(harness.part().isDirty(), "dirty after recovery");
		assertEquals(saved + TYPED, rationaleField(reloadedJudgement).getText(), "recovered text in the editor");

		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertEquals(saved, nullToEmpty(reloadedJudgement.getRationale()), "text after undoing the recovery");
		assertFalse(harness.part().isDirty(), "dirty after undoing the recovery");
		assertTrue(JournalWriter.awaitIdle(TIMEOUT), "journal writer idle");
		assertEquals(List.of(), entries(journal), "entries after undoing back to the saved state");

		JournalRecovery.recoverInto(editor, journalledSnapshot(journal, entryBytes, found));
		harness.dispatchEvents();
		editor.save();
		assertTrue(JournalWriter.awaitIdle(TIMEOUT), "journal writer idle");
		assertTrue(Files.readString(folder.resolve(path), StandardCharsets.UTF_8).contains("governors now challenge"),
				"the saved file holds the recovered text");
		assertEquals(List.of(), entries(journal), "entries after Save");
	}

	@Test
	void keptEntrySurvivesEditAndSave() throws IOException {
		LASelfEvaluation evaluation = selfEvaluation();
		String path = WorkspaceLayout.toPortableString(harness.workspace().pathOf(evaluation));
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "kept for later", EditJournal.serialise(evaluation), java.time.Instant.parse("2026-12-01T10:00:00Z"));
		Judgement judgement = evaluation.getJudgements().get(0);
		String saved = nullToEmpty(judgement.getRationale());
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		assertEquals(1, entries(journal).size(), "entries after opening the editor");

		rationaleField(judgement).setText(saved + TYPED);
		harness.waitUntil("the journal has the new entry too", () -> entries(journal).size() == 2, TIMEOUT);
		editor.save();
		assertTrue(JournalWriter.awaitIdle(TIMEOUT), "journal writer idle");

		List<JournalEntry> left = entries(journal);
		assertEquals(1, left.size(), "entries after Save");
		assertEquals("kept for later", left.get(0).label());
		assertEquals(path, left.get(0).evaluationPath());
		assertEquals(JournalEntry.State.STALE, left.get(0).state(), "the file changed after the kept snapshot");
	}

	@Test
	void cleanEditorWritesNoEntry() throws InterruptedException {
		harness.open(SelfEvaluationEditor.class, selfEvaluation());
		Thread.sleep(2_000);
		harness.dispatchEvents();

		assertTrue(JournalWriter.awaitIdle(TIMEOUT), "journal writer idle");
		assertEquals(List.of(), entries(new EditJournal(folder)));
	}

	/** Writes the entry's bytes back, as they were after the crash, and loads the snapshot again. */
	private static org.sipqm.model.evaluation.Evaluation journalledSnapshot(EditJournal journal, byte[] entryBytes,
			JournalEntry entry) throws IOException {
		Files.write(entry.entryFile(), entryBytes);
		return journal.load(entry);
	}

	private LASelfEvaluation selfEvaluation() {
		return harness.workspace().evaluations().stream()
				.filter(LASelfEvaluation.class::isInstance).map(LASelfEvaluation.class::cast)
				.filter(candidate -> !candidate.getJudgements().isEmpty())
				.findFirst().orElseThrow(() -> new AssertionError("the sample holds no LA self-evaluation"));
	}

	private Text rationaleField(Judgement judgement) {
		String name = "Rationale for " + SipqmLabels.criterionCode(judgement.getCriterion());
		return EditorHarness.findAll(harness.shell(), Text.class).stream()
				.filter(text -> name.equals(text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no text field named " + name));
	}

	private static List<JournalEntry> entries(EditJournal journal) {
		try {
			return journal.list();
		} catch (IOException e) {
			throw new AssertionError("journal cannot be listed: " + e.getMessage(), e);
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
