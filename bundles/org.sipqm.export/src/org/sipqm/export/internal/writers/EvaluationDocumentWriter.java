package org.sipqm.export.internal.writers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sipqm.core.Evaluations;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.internal.document.EvaluationReport;
import org.sipqm.export.internal.document.EvaluationReports;
import org.sipqm.export.internal.document.EvaluationReports.Kind;
import org.sipqm.export.internal.document.Labels;
import org.sipqm.export.internal.render.PdfRenderer;
import org.sipqm.export.internal.render.Templates;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Writes one evaluation as a document of a kind, as self-contained HTML or as PDF, both from the
 * template {@code evaluation.ftl}.
 */
abstract class EvaluationDocumentWriter implements ExportWriter {

	private final Kind kind;
	private final Set<Integer> schedules;
	private final boolean pdf;

	EvaluationDocumentWriter(Kind kind, Set<Integer> schedules, boolean pdf) {
		this.kind = kind;
		this.schedules = Set.copyOf(schedules);
		this.pdf = pdf;
	}

	@Override
	public boolean accepts(Evaluation evaluation) {
		try {
			return schedules.contains(Evaluations.scheduleOf(evaluation));
		} catch (IllegalArgumentException e) {
			// An evaluation class of no national schedule is not one of these documents.
			return false;
		}
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		RedactedEvaluation redacted = input.single();
		EvaluationReport report = EvaluationReports.build(kind, redacted, input.audience(), input.producedOn());
		monitor.checkCancelled();

		Map<String, Object> model = new HashMap<>();
		model.put("report", report);
		String author = Labels.person(redacted.evaluation().getAuthor());
		if (author != null) {
			model.put("author", author);
		}
		String xhtml = Templates.render("evaluation.ftl", pdf, model);
		monitor.checkCancelled();
		if (pdf) {
			PdfRenderer.render(xhtml, out, null);
		} else {
			out.write(xhtml.getBytes(StandardCharsets.UTF_8));
		}
	}
}
