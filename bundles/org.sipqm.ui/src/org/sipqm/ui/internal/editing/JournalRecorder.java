package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.edit.SipqmLabels;

/**
 * Journals the unsaved state of one editing session: after an edit it waits
 * {@link #SNAPSHOT_DELAY_MILLIS}, serialises the whole evaluation on the UI thread and hands the
 * bytes to the {@link JournalWriter}. The delay runs from the first edit after the last snapshot,
 * not from the last edit, so that continuous typing is journalled too. When the session is saved,
 * discarded or undone back to its saved state, the entry is deleted.
 * <p>
 * The recorder deletes only an entry that it wrote or that was recovered into its session. An
 * entry that the evaluation had already, such as one the user kept for later, is renamed before
 * the recorder's first write and stays in the journal.
 */
public final class JournalRecorder {

	/** Milliseconds from an edit to the snapshot that contains it. */
	public static final int SNAPSHOT_DELAY_MILLIS = 1500;

	/** How long closing an editor waits for the journal's queue, in the worst case. */
	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

	private final EvaluationEditingSession session;
	private final Display display;
	private final EditJournal journal;
	private final String evaluationPath;
	private final Runnable snapshotTask = this::snapshot;
	private boolean scheduled;
	private boolean stopped;
	private boolean failureLogged;
	private boolean ownsEntry;
	private Instant lastEdit;

	private JournalRecorder(EvaluationEditingSession session, Display display) {
		this.session = session;
		this.display = display;
		this.journal = new EditJournal(session.workspace().root());
		this.evaluationPath = WorkspaceLayout.toPortableString(session.workspace().pathOf(session.evaluation()));
	}

	/** Starts journalling the session's edits; call it on the UI thread. */
	public static JournalRecorder start(EvaluationEditingSession session, Display display) {
		JournalRecorder recorder = new JournalRecorder(session, display);
		JournalWriter.warmUp();
		session.addDirtyListener(recorder::stackChanged);
		return recorder;
	}

	/** Returns the journal that this recorder writes to. */
	public EditJournal journal() {
		return journal;
	}

	private void stackChanged() {
		if (stopped) {
			return;
		}
		if (session.isDirty()) {
			lastEdit = Instant.now();
			if (!scheduled) {
				scheduled = true;
				display.timerExec(SNAPSHOT_DELAY_MILLIS, snapshotTask);
			}
		} else {
			cancelSnapshot();
			deleteOwnEntry();
		}
	}

	private void snapshot() {
		scheduled = false;
		if (stopped || !session.isDirty()) {
			return;
		}
		byte[] bytes;
		try {
			bytes = EditJournal.serialise(session.evaluation());
		} catch (IOException e) {
			if (!failureLogged) {
				failureLogged = true;
				ILog.of(getClass()).warn("Cannot journal the unsaved edits of " + evaluationPath //$NON-NLS-1$
						+ " until the evaluation can be saved: " + e.getMessage()); //$NON-NLS-1$
			}
			return;
		}
		failureLogged = false;
		JournalWriter.write(journal, evaluationPath, SipqmLabels.evaluation(session.evaluation()), bytes, lastEdit,
				!ownsEntry);
		ownsEntry = true;
	}

	/**
	 * Takes over the evaluation's existing entry, whose snapshot is being recovered into this
	 * session: the next snapshot replaces it, and Save or Discard deletes it.
	 */
	public void adoptEntry() {
		ownsEntry = true;
	}

	/**
	 * Writes a snapshot now if one is pending, such as before a test or benchmark inspects the
	 * journal. Call it on the UI thread.
	 */
	public void snapshotNow() {
		if (scheduled) {
			display.timerExec(-1, snapshotTask);
			snapshot();
		}
	}

	/**
	 * Stops journalling and deletes the entry that this recorder owns, because an editor closes only
	 * after the user saved or discarded its changes. Waits briefly for the writer, so that the entry
	 * is gone when the workbench exits.
	 */
	public void stop() {
		if (stopped) {
			return;
		}
		stopped = true;
		cancelSnapshot();
		if (ownsEntry) {
			ownsEntry = false;
			JournalWriter.await(JournalWriter.delete(journal, evaluationPath), CLOSE_TIMEOUT);
		}
	}

	private void deleteOwnEntry() {
		if (ownsEntry) {
			ownsEntry = false;
			JournalWriter.delete(journal, evaluationPath);
		}
	}

	private void cancelSnapshot() {
		if (scheduled) {
			scheduled = false;
			if (!display.isDisposed()) {
				display.timerExec(-1, snapshotTask);
			}
		}
	}
}
