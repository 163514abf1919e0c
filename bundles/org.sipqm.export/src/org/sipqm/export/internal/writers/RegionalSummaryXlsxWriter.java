package org.sipqm.export.internal.writers;

import java.io.IOException;
import java.io.OutputStream;

import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.internal.document.JointVisits;
import org.sipqm.export.internal.document.Rows;
import org.sipqm.export.internal.render.RegionalWorkbook;
import org.sipqm.model.evaluation.Evaluation;

/** Writes the regional summary workbook (XLSX) of a selection: judgements, joint visits and actions. */
public final class RegionalSummaryXlsxWriter implements ExportWriter {

	@Override
	public boolean accepts(Evaluation evaluation) {
		return true;
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		RegionalWorkbook.write(Rows.judgements(input.evaluations()), JointVisits.rows(input.evaluations()),
				Rows.actions(input.evaluations()), out, monitor);
	}
}
