package org.sipqm.export.internal.writers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.internal.document.GradeDistribution;
import org.sipqm.export.internal.document.RegionalSummary;
import org.sipqm.export.internal.render.ChartDrawers;
import org.sipqm.export.internal.render.GradeChart;
import org.sipqm.export.internal.render.PdfRenderer;
import org.sipqm.export.internal.render.Templates;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Writes the regional summary of a selection, with a grade chart per schedule, as a
 * self-contained HTML page or as PDF, both from the template {@code regional-summary.ftl}.
 */
abstract class RegionalSummaryDocumentWriter implements ExportWriter {

	private final boolean pdf;

	RegionalSummaryDocumentWriter(boolean pdf) {
		this.pdf = pdf;
	}

	@Override
	public boolean accepts(Evaluation evaluation) {
		return true;
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		RegionalSummary summary = RegionalSummary.of(input.evaluations(), input.audience(), input.producedOn());
		monitor.checkCancelled();

		Map<String, Object> model = new HashMap<>();
		model.put("summary", summary);
		if (pdf) {
			Map<Integer, JFreeChart> charts = new HashMap<>();
			for (GradeDistribution distribution : summary.distributions()) {
				charts.put(distribution.schedule(), GradeChart.create(distribution));
			}
			String xhtml = Templates.render("regional-summary.ftl", true, model);
			monitor.checkCancelled();
			PdfRenderer.render(xhtml, out, new ChartDrawers(charts));
		} else {
			Map<String, String> charts = new HashMap<>();
			for (GradeDistribution distribution : summary.distributions()) {
				charts.put(distribution.anchor(), GradeChart.svg(distribution));
			}
			model.put("charts", charts);
			out.write(Templates.render("regional-summary.ftl", false, model).getBytes(StandardCharsets.UTF_8));
		}
	}
}
