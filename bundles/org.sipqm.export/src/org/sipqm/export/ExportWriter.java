package org.sipqm.export;

import java.io.IOException;
import java.io.OutputStream;

import org.sipqm.model.evaluation.Evaluation;

/**
 * The work of one exporter, the class that an {@code org.sipqm.export.exporters} contribution
 * names. Implementations need a public constructor without parameters.
 */
public interface ExportWriter {

	/** Returns whether this writer can export the stored evaluation. */
	boolean accepts(Evaluation evaluation);

	/**
	 * Writes one document to the stream without closing it. The input holds only evaluations that
	 * {@link #accepts(Evaluation)} accepted, already redacted for the input's audience.
	 * Implementations should check {@link ExportMonitor#isCancelled()} between large steps and then
	 * throw {@link org.eclipse.core.runtime.OperationCanceledException}.
	 */
	void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException;

	/**
	 * Returns whether this writer can write a document about the subject, for an exporter of
	 * {@link ExportScope#SUBJECT} scope. {@link #write} then receives the subject in
	 * {@link ExportInput#subject()} and no evaluations. Writers of evaluations keep this default,
	 * which accepts no subject.
	 */
	default boolean acceptsSubject(Object subject) {
		return false;
	}
}
