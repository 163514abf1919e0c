package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.journal.JournalCorruptException;
import org.sipqm.core.journal.JournalEntry;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;

class EditJournalTest {

	private static final Instant EDITED_AT = Instant.parse("2026-12-04T21:15:30Z");

	@TempDir
	Path folder;

	@Test
	void writeThenListEntry() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);

		journal.write(path, "Fernmoor LA – schedule 4", EditJournal.serialise(evaluation), EDITED_AT);

		List<JournalEntry> entries = journal.list();
		assertEquals(1, entries.size());
		JournalEntry entry = entries.get(0);
		assertEquals(path, entry.evaluationPath());
		assertEquals("Fernmoor LA – schedule 4", entry.label());
		assertEquals(EDITED_AT, entry.editedAt());
		assertEquals(JournalEntry.State.RECOVERABLE, entry.state());
		assertNull(entry.problem());
		assertEquals(journal.entryFile(path), entry.entryFile());
		assertTrue(entry.entryFile().startsWith(folder.resolve(".sipqm/journal")));
	}

	@Test
	void entryFileStablePerEvaluation() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		EditJournal journal = new EditJournal(folder);
		String first = portablePath(workspace, workspace.evaluations().get(0));
		String second = portablePath(workspace, workspace.evaluations().get(1));

		assertEquals(journal.entryFile(first), new EditJournal(folder).entryFile(first));
		assertFalse(journal.entryFile(first).equals(journal.entryFile(second)));
	}

	@Test
	void rewriteReplacesEntry() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);

		journal.write(path, "first", EditJournal.serialise(evaluation), EDITED_AT);
		journal.write(path, "second", EditJournal.serialise(evaluation), EDITED_AT.plusSeconds(2));

		List<JournalEntry> entries = journal.list();
		assertEquals(1, entries.size());
		assertEquals("second", entries.get(0).label());
		assertEquals(EDITED_AT.plusSeconds(2), entries.get(0).editedAt());
	}

	@Test
	void recoverLoadsEditedSnapshot() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = TestWorkspaces.evaluation(workspace, "se-");
		Judgement judgement = evaluation.getJudgements().get(0);
		judgement.setRationale("Typed before the crash: governors challenge the data");
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);

		Evaluation recovered = journal.load(journal.list().get(0));

		assertNotSame(evaluation, recovered);
		assertEquals("Typed before the crash: governors challenge the data",
				recovered.getJudgements().get(0).getRationale());
		assertTrue(EcoreUtil.equals(evaluation.getJudgements(), recovered.getJudgements()));
		assertEquals(evaluation.eResource().getURI(), recovered.eResource().getURI());
		// The file itself still contains the saved text, because the journal never writes evaluation files.
		Evaluation saved = TestWorkspaces.evaluation(TestWorkspaces.reopen(workspace), "se-");
		assertFalse(saved.getJudgements().get(0).getRationale().contains("Typed before the crash"));
	}

	@Test
	void recoveredReferencesResolveInWorkspace() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = TestWorkspaces.evaluation(workspace, "se-");
		EditJournal journal = new EditJournal(folder);
		journal.write(portablePath(workspace, evaluation), "label", EditJournal.serialise(evaluation), EDITED_AT);

		Evaluation recovered = journal.load(journal.list().get(0));

		assertTrue(recovered.getLocalAuthority().eIsProxy(), "the organisation is not loaded with the snapshot");
		Object resolved = EcoreUtil.resolve(recovered.getLocalAuthority(), workspace.resourceSet());
		assertSame(evaluation.getLocalAuthority(), resolved);
	}

	@Test
	void deleteRemovesEntry() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);

		journal.delete(path);

		assertEquals(List.of(), journal.list());
		assertFalse(Files.exists(journal.entryFile(path)));
		journal.delete(path);
	}

	@Test
	void keptAsideEntrySurvivesNewEntry() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "kept", EditJournal.serialise(evaluation), EDITED_AT);

		Path kept = journal.keepAside(path);
		journal.write(path, "new", EditJournal.serialise(evaluation), EDITED_AT.plusSeconds(60));
		journal.delete(path);

		List<JournalEntry> entries = journal.list();
		assertEquals(1, entries.size());
		assertEquals(kept, entries.get(0).entryFile());
		assertEquals("kept", entries.get(0).label());
		assertEquals(path, entries.get(0).evaluationPath());
		assertEquals(JournalEntry.State.RECOVERABLE, entries.get(0).state());
		assertNull(journal.keepAside(path), "nothing to keep aside once the entry is deleted");
	}

	@Test
	void listWithoutFolderIsEmpty() throws IOException {
		assertEquals(List.of(), new EditJournal(folder).list());
	}

	@Test
	void truncatedEntryIsCorrupt() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);
		Path entryFile = journal.entryFile(path);
		byte[] content = Files.readAllBytes(entryFile);
		Files.write(entryFile, Arrays.copyOf(content, content.length - 100));

		JournalEntry entry = journal.list().get(0);

		assertEquals(JournalEntry.State.CORRUPT, entry.state());
		assertEquals(path, entry.evaluationPath());
		assertTrue(entry.problem().contains("cut short"), entry.problem());
		assertTrue(Files.exists(entryFile), "listing never deletes a corrupt entry");
		JournalCorruptException failure = assertThrows(JournalCorruptException.class, () -> journal.load(entry));
		assertTrue(failure.getMessage().contains(entryFile.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains(path), failure.getMessage());
	}

	@Test
	void flippedByteFailsChecksum() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);
		Path entryFile = journal.entryFile(path);
		byte[] content = Files.readAllBytes(entryFile);
		content[content.length - 20] ^= 0x01;
		Files.write(entryFile, content);

		JournalEntry entry = journal.list().get(0);

		assertEquals(JournalEntry.State.CORRUPT, entry.state());
		assertTrue(entry.problem().contains("SHA-256"), entry.problem());
	}

	@Test
	void garbageEntryIsCorrupt() throws IOException {
		EditJournal journal = new EditJournal(folder);
		Files.createDirectories(journal.folder());
		Path entryFile = journal.folder().resolve("0123.journal");
		Files.writeString(entryFile, "not a journal", StandardCharsets.UTF_8);

		JournalEntry entry = journal.list().get(0);

		assertEquals(JournalEntry.State.CORRUPT, entry.state());
		assertEquals("0123.journal", entry.evaluationPath());
		assertNull(entry.editedAt());
		assertTrue(entry.problem().contains("header"), entry.problem());
	}

	@Test
	void entryOutsideWorkspaceIsCorrupt() throws IOException {
		EditJournal journal = new EditJournal(folder);
		Files.createDirectories(journal.folder());
		Path entryFile = journal.folder().resolve("0456.journal");
		Files.writeString(entryFile, "SIP QM edit journal 1\nfile: ../elsewhere.xmi\nlabel: x\n\n<xmi/>",
				StandardCharsets.UTF_8);

		JournalEntry entry = journal.list().get(0);

		assertEquals(JournalEntry.State.CORRUPT, entry.state());
		assertTrue(entry.problem().contains("file"), entry.problem());
	}

	@Test
	void temporaryFilesAreNoEntries() throws IOException {
		EditJournal journal = new EditJournal(folder);
		Files.createDirectories(journal.folder());
		Files.writeString(journal.folder().resolve(".abc.journal.x1.tmp"), "partial");
		Files.writeString(journal.folder().resolve(".abc.journal"), "partial");

		assertEquals(List.of(), journal.list());
	}

	@Test
	void fileChangedAfterSnapshotIsStale() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = TestWorkspaces.evaluation(workspace, "se-");
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		evaluation.getJudgements().get(0).setRationale("journalled text");
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);

		evaluation.getJudgements().get(0).setRationale("saved later by another copy of the workbench");
		workspace.save(evaluation);

		JournalEntry entry = journal.list().get(0);
		assertEquals(JournalEntry.State.STALE, entry.state());
		assertTrue(entry.problem().contains(path), entry.problem());
		assertTrue(entry.problem().contains("changed on disk"), entry.problem());
		assertTrue(entry.isIntact());
		assertEquals("journalled text", journal.load(entry).getJudgements().get(0).getRationale());
		assertTrue(Files.exists(entry.entryFile()), "listing never deletes a stale entry");
	}

	@Test
	void deletedFileMakesEntryStale() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation evaluation = workspace.evaluations().get(0);
		String path = portablePath(workspace, evaluation);
		EditJournal journal = new EditJournal(folder);
		journal.write(path, "label", EditJournal.serialise(evaluation), EDITED_AT);

		Files.delete(folder.resolve(path));

		JournalEntry entry = journal.list().get(0);
		assertEquals(JournalEntry.State.STALE, entry.state());
		assertTrue(entry.problem().contains("no longer exists"), entry.problem());
	}

	private static String portablePath(Workspace workspace, Evaluation evaluation) {
		return WorkspaceLayout.toPortableString(workspace.pathOf(evaluation));
	}
}
