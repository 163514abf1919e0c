package org.sipqm.core.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A file of the workspace that did not load cleanly. The workspace opens all the same: a file
 * whose content could not be read is left out, and a file with recoverable errors is loaded
 * without the parts in error.
 *
 * @param file    the file, relative to the workspace folder
 * @param line    the line the parser reported, when it reported one
 * @param column  the column the parser reported, when it reported one
 * @param kind    what went wrong
 * @param message the message of the parser or of the file system, unchanged
 */
public record LoadProblem(Path file, OptionalInt line, OptionalInt column, Kind kind, String message) {

	/** The kind of failure met in a file. */
	public enum Kind {
		/** The file could not be read at all; it is left out. */
		UNREADABLE,
		/** The file is not well-formed XML, for example empty or truncated; it is left out. */
		MALFORMED,
		/** The file contains another model or another kind of element than expected; it is left out. */
		UNKNOWN_CONTENT,
		/** The file loaded, but an element or value in it was not understood and is left out. */
		INVALID_CONTENT,
		/** A reference inside the file names an element that the file lacks; the reference is left out. */
		UNRESOLVED_REFERENCE,
		/**
		 * A reference to an element of another file, such as the organisation, could not be resolved.
		 * The reference stays in the model as an unresolved proxy, which the validator reports too.
		 */
		UNRESOLVED_CROSS_REFERENCE
	}

	public LoadProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(message, "message");
	}

	/** Returns whether the file was left out of the workspace. */
	public boolean fileSkipped() {
		return kind == Kind.UNREADABLE || kind == Kind.MALFORMED || kind == Kind.UNKNOWN_CONTENT;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(WorkspaceLayout.toPortableString(file));
		line.ifPresent(value -> text.append(':').append(value));
		column.ifPresent(value -> text.append(':').append(value));
		return text.append(": ").append(kind).append(": ").append(message).toString();
	}
}
