package org.sipqm.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sipqm.core.redaction.Audience;
import org.sipqm.export.internal.ExportRun;
import org.sipqm.model.evaluation.Evaluation;

/**
 * A document format contributed through the {@code org.sipqm.export.exporters} extension point,
 * as {@link ExporterRegistry} offers it. Both export methods pass every evaluation through the
 * redaction service for the request's audience before the contributed {@link ExportWriter}
 * receives it, so nothing restricted reaches a shared document.
 */
public interface Exporter {

	/** Returns the unique identifier, such as {@code org.sipqm.export.noteOfVisit.pdf}. */
	String id();

	/** Returns the name users see, such as "Note of visit (PDF)". */
	String label();

	/** Returns the kind of document, such as {@code note-of-visit}, which the command line's --kind names. */
	String kind();

	/** Returns the extension of the files written, without the dot, such as {@code pdf}. */
	String fileExtension();

	/** Returns the audiences this exporter supports. */
	Set<Audience> audiences();

	/** Returns whether one export writes a file per evaluation or one file for the selection. */
	ExportScope scope();

	/**
	 * Returns whether the exporter can export the stored evaluation, for example only evaluations
	 * of schedule 1 for a termly report.
	 */
	boolean accepts(Evaluation evaluation);

	/**
	 * Writes one document for the request to the stream, which stays open. For an exporter of
	 * {@link ExportScope#EVALUATION} scope the request must hold exactly one evaluation that it
	 * accepts.
	 *
	 * @throws IllegalArgumentException when the audience is not supported, no evaluation of the
	 *                                  request is accepted, or an exporter of evaluation scope gets more than one
	 * @throws IOException              when writing fails
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	void export(ExportRequest request, OutputStream out, ExportMonitor monitor) throws IOException;

	/**
	 * Returns whether an exporter of {@link ExportScope#SUBJECT} scope can write a document about the
	 * subject, such as the coverage of a crosswalk. Exporters of evaluations accept no subject.
	 */
	default boolean acceptsSubject(Object subject) {
		return false;
	}

	/**
	 * Writes one document about the subject to the stream, which stays open, for an exporter of
	 * {@link ExportScope#SUBJECT} scope. The writer receives the subject and no evaluations.
	 *
	 * @throws IllegalArgumentException when the audience is not supported or the exporter does not
	 *                                  accept the subject
	 * @throws IOException              when writing fails
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	default void export(Object subject, Audience audience, OutputStream out, ExportMonitor monitor) throws IOException {
		throw new IllegalArgumentException(label() + " writes documents about evaluations, not about " + subject);
	}

	/**
	 * Writes the documents for the request into the folder, creating it when missing: one file per
	 * accepted evaluation, or one for them all, as {@link #scope()} specifies. Each file is written under
	 * a temporary name and renamed when complete, so a failure or cancellation leaves no partial
	 * file. Failures of single documents are reported, not thrown, and the rest are still written.
	 */
	ExportReport export(ExportRequest request, Path folder, ExportMonitor monitor);

	/**
	 * Writes the documents of several exporters into the folder as one batch, as
	 * {@link #export(ExportRequest, Path, ExportMonitor)} does for one: the monitor counts every
	 * document of the batch, and no two documents get the same file name. An exporter that does not
	 * support the request's audience is reported as a failure.
	 */
	static ExportReport exportAll(List<? extends Exporter> exporters, ExportRequest request, Path folder,
			ExportMonitor monitor) {
		return ExportRun.toFolder(exporters, request, folder, monitor);
	}
}
