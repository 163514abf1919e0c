package org.sipqm.export.internal.writers;

import java.util.Set;

import org.sipqm.export.internal.document.EvaluationReports.Kind;

/** Writes a note of visit after a joint visit (schedule 3) or an LA self-evaluation (schedule 4) as a PDF. */
public final class NoteOfVisitPdfWriter extends EvaluationDocumentWriter {

	public NoteOfVisitPdfWriter() {
		super(Kind.NOTE_OF_VISIT, Set.of(3, 4), true);
	}
}
