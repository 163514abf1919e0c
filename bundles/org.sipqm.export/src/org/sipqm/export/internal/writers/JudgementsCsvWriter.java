package org.sipqm.export.internal.writers;

import java.io.IOException;
import java.io.OutputStream;

import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.internal.document.Rows;
import org.sipqm.export.internal.render.JudgementsCsv;
import org.sipqm.model.evaluation.Evaluation;

/** Writes the criterion judgements of a selection as CSV, one row per judgement. */
public final class JudgementsCsvWriter implements ExportWriter {

	@Override
	public boolean accepts(Evaluation evaluation) {
		return !evaluation.getJudgements().isEmpty();
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		JudgementsCsv.write(Rows.judgements(input.evaluations()), out, monitor);
	}
}
