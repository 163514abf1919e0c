package org.sipqm.export;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of exporting into a folder.
 *
 * @param written   the files written completely, in the order they were written
 * @param failures  the documents that could not be written, each with the reason
 * @param cancelled whether the user stopped the export before every document was written
 */
public record ExportReport(List<WrittenFile> written, List<Failure> failures, boolean cancelled) {

	public ExportReport {
		written = List.copyOf(written);
		failures = List.copyOf(failures);
	}

	/** Returns whether every document was written. */
	public boolean succeeded() {
		return failures.isEmpty() && !cancelled;
	}

	/** Returns this report followed by another, as for a batch of several exporters. */
	public ExportReport plus(ExportReport other) {
		List<WrittenFile> allWritten = new java.util.ArrayList<>(written);
		allWritten.addAll(other.written);
		List<Failure> allFailures = new java.util.ArrayList<>(failures);
		allFailures.addAll(other.failures);
		return new ExportReport(allWritten, allFailures, cancelled || other.cancelled);
	}

	/**
	 * A file written completely.
	 *
	 * @param file        the absolute path of the file
	 * @param exporterId  the exporter that wrote it
	 * @param description what the file holds, such as the evaluation's label
	 * @param withheld    how many withheld notices the document shows
	 */
	public record WrittenFile(Path file, String exporterId, String description, int withheld) {
	}

	/**
	 * A document that could not be written; no file of it was left behind.
	 *
	 * @param file       the file it would have been written to, or null when the exporter failed
	 *                   before a file was chosen, as for an audience it does not support
	 * @param exporterId the exporter that failed
	 * @param reason     why it failed, for users
	 */
	public record Failure(Path file, String exporterId, String reason) {
	}
}
