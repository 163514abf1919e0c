package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.journal.JournalEntry;
import org.sipqm.core.journal.SnapshotChanges;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * Offers the entries of a workspace's autosave journal for recovery when the workspace opens, and
 * recovers the chosen ones into their editors as unsaved edits.
 */
public final class JournalRecovery {

	private JournalRecovery() {
	}

	/**
	 * Lists the workspace's journal and, when it has entries, lets the user choose in a
	 * {@link RecoveryDialog} whether to recover, discard or keep each, then carries out the choices.
	 * Failures are shown in an error dialogue, and an entry that fails to recover is kept.
	 */
	public static void offer(Shell shell, Workspace workspace, EPartService partService) {
		EditJournal journal = new EditJournal(workspace.root());
		List<JournalEntry> entries;
		try {
			entries = journal.list();
		} catch (IOException e) {
			ILog.of(JournalRecovery.class).error("Failed to list the autosave journal " + journal.folder(), e); //$NON-NLS-1$
			MessageDialog.openError(shell, JournalMessages.Recovery_failedTitle,
					NLS.bind(JournalMessages.Recovery_listFailed, journal.folder(), e.getMessage()));
			return;
		}
		if (entries.isEmpty()) {
			return;
		}

		RecoveryDialog dialog = new RecoveryDialog(shell, entries,
				entry -> find(workspace, entry).map(SipqmLabels::evaluation).orElse(null));
		dialog.open();
		apply(shell, workspace, partService, journal, dialog.choices());
	}

	/** Carries out the choices, showing one error dialogue that lists every failure. */
	static void apply(Shell shell, Workspace workspace, EPartService partService, EditJournal journal,
			Map<JournalEntry, RecoveryDialog.Choice> choices) {
		List<String> failures = new ArrayList<>();
		choices.forEach((entry, choice) -> {
			switch (choice) {
			case RECOVER -> recover(workspace, partService, journal, entry).ifPresent(failures::add);
			case DISCARD -> discard(journal, entry).ifPresent(failures::add);
			case KEEP -> {
				// The entry stays and is offered again at the next start.
			}
			}
		});
		if (!failures.isEmpty()) {
			MessageDialog.open(MessageDialog.ERROR, shell, JournalMessages.Recovery_failedTitle,
					String.join("\n\n", failures), 0, IDialogConstants.OK_LABEL); //$NON-NLS-1$
		}
	}

	/** Opens the entry's evaluation in its editor and applies the snapshot; returns the failure message, if any. */
	static Optional<String> recover(Workspace workspace, EPartService partService, EditJournal journal,
			JournalEntry entry) {
		Optional<Evaluation> evaluation = find(workspace, entry);
		if (evaluation.isEmpty()) {
			return Optional.of(NLS.bind(JournalMessages.Recovery_notInWorkspace, entry.evaluationPath()));
		}
		try {
			Evaluation snapshot = journal.load(entry);
			moveToEntryFile(journal, entry);
			MPart part = EvaluationEditors.open(partService, workspace, evaluation.get());
			if (!(part.getObject() instanceof EvaluationEditorPart editor) || editor.getSession() == null) {
				return Optional.of(NLS.bind(JournalMessages.Recovery_noEditor, entry.evaluationPath()));
			}
			if (!recoverInto(editor, snapshot)) {
				// The file already contains what the snapshot contains, so deleting the entry loses nothing.
				journal.delete(entry.evaluationPath());
			}
			return Optional.empty();
		} catch (IOException | RuntimeException e) {
			ILog.of(JournalRecovery.class).error("Failed to recover the journal entry " + entry.entryFile(), e); //$NON-NLS-1$
			return Optional.of(NLS.bind(JournalMessages.Recovery_failed, entry.evaluationPath(), e.getMessage()));
		}
	}

	/**
	 * Applies the snapshot to the editor's evaluation as one undoable edit, so that the editor shows
	 * it as unsaved changes, and rebuilds the form for elements that the snapshot added or removed.
	 * The editor's journal recorder then journals the recovered state again.
	 *
	 * @return whether the snapshot differed from the evaluation, so that the editor is now dirty
	 */
	public static boolean recoverInto(EvaluationEditorPart editor, Evaluation snapshot) {
		EvaluationEditingSession session = editor.getSession();
		List<SnapshotChanges.Change> changes = SnapshotChanges.between(session.evaluation(), snapshot);
		if (changes.isEmpty()) {
			return false;
		}
		editor.getJournalRecorder().adoptEntry();
		if (!session.execute(new RecoverCommand(changes))) {
			return false;
		}
		editor.rebuildLater();
		return true;
	}

	/**
	 * Renames an entry that was kept aside to the evaluation's entry file, which the editor's
	 * recorder replaces and deletes, after keeping aside an entry that has that name already.
	 */
	private static void moveToEntryFile(EditJournal journal, JournalEntry entry) throws IOException {
		Path entryFile = journal.entryFile(entry.evaluationPath());
		if (!entry.entryFile().equals(entryFile)) {
			journal.keepAside(entry.evaluationPath());
			Files.move(entry.entryFile(), entryFile);
		}
	}

	private static Optional<String> discard(EditJournal journal, JournalEntry entry) {
		try {
			journal.delete(entry);
			return Optional.empty();
		} catch (IOException e) {
			ILog.of(JournalRecovery.class).error("Failed to delete the journal entry " + entry.entryFile(), e); //$NON-NLS-1$
			return Optional.of(NLS.bind(JournalMessages.Recovery_discardFailed, entry.entryFile(), e.getMessage()));
		}
	}

	private static Optional<Evaluation> find(Workspace workspace, JournalEntry entry) {
		Path path = Path.of(entry.evaluationPath());
		return workspace.evaluations().stream()
				.filter(evaluation -> WorkspaceLayout.toPortableString(workspace.pathOf(evaluation))
						.equals(WorkspaceLayout.toPortableString(path)))
				.findFirst();
	}
}
