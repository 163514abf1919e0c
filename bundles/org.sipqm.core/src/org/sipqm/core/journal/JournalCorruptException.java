package org.sipqm.core.journal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;

/** Thrown when a journal entry cannot be read as one, with the entry file and the reason. */
public final class JournalCorruptException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path entryFile;
	private final String evaluationPath;
	private final String reason;

	public JournalCorruptException(Path entryFile, String evaluationPath, String reason) {
		super(NLS.bind(Messages.EditJournal_corrupt, new Object[] { entryFile, evaluationPath, reason }));
		this.entryFile = entryFile;
		this.evaluationPath = evaluationPath;
		this.reason = reason;
	}

	public Path entryFile() {
		return entryFile;
	}

	/** Returns the evaluation path that the entry names, or the entry file's name when it names none. */
	public String evaluationPath() {
		return evaluationPath;
	}

	public String reason() {
		return reason;
	}
}
