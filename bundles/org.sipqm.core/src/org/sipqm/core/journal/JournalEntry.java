package org.sipqm.core.journal;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One entry of the {@link EditJournal}: the unsaved state of one evaluation, as found when the
 * journal was listed.
 *
 * @param entryFile      the journal file, absolute
 * @param evaluationPath the evaluation's file relative to the workspace folder, with forward
 *                       slashes, or the entry file's name when a corrupt entry does not name it
 * @param label          the evaluation's label when the snapshot was written, or an empty string
 * @param editedAt       the time of the last journalled edit, or null when the entry is corrupt
 * @param state          whether the entry can be recovered
 * @param problem        why the entry is stale or corrupt, or null when it is recoverable
 */
public record JournalEntry(Path entryFile, String evaluationPath, String label, Instant editedAt, State state,
		String problem) {

	/** Whether an entry can be recovered. */
	public enum State {
		/** The snapshot is intact and the evaluation's file has not changed since it was written. */
		RECOVERABLE,
		/**
		 * The snapshot is intact but the evaluation's file changed or disappeared after it was
		 * written, so recovering it would replace changes saved since.
		 */
		STALE,
		/** The entry file cannot be read as a journal entry or its snapshot fails its checksum. */
		CORRUPT
	}

	/** Returns whether the entry's snapshot is intact, so that it can be loaded, stale or not. */
	public boolean isIntact() {
		return state != State.CORRUPT;
	}
}
