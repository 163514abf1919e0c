package org.sipqm.compare.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.compare.export.internal.CoverageDocument.ScheduleCoverage;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.internal.render.ChartDrawers;
import org.sipqm.export.internal.render.PdfRenderer;
import org.sipqm.export.internal.render.Templates;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Writes the coverage report of a crosswalk, with a coverage chart per national schedule, as a
 * self-contained HTML page or as PDF, both from the template {@code coverage-report.ftl} and the
 * export plug-in's page frame.
 */
abstract class CoverageReportDocumentWriter implements ExportWriter {

	private static final String TEMPLATES = "org/sipqm/compare/export/internal/templates"; //$NON-NLS-1$
	private static final String TEMPLATE = "coverage-report.ftl"; //$NON-NLS-1$

	private final boolean pdf;

	CoverageReportDocumentWriter(boolean pdf) {
		this.pdf = pdf;
	}

	@Override
	public boolean accepts(Evaluation evaluation) {
		return false;
	}

	@Override
	public boolean acceptsSubject(Object subject) {
		return subject instanceof CrosswalkCoverage;
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		CoverageDocument document = CoverageDocument.of(input.subject(CrosswalkCoverage.class), input.audience(),
				input.producedOn());
		monitor.checkCancelled();

		Map<String, Object> model = new HashMap<>();
		model.put("report", document); //$NON-NLS-1$
		model.put("coverageText", Messages.asMap()); //$NON-NLS-1$
		if (pdf) {
			Map<Integer, JFreeChart> charts = new HashMap<>();
			for (ScheduleCoverage schedule : document.schedules()) {
				charts.put(schedule.schedule(), CoverageChart.create(schedule.sections()));
			}
			String xhtml = Templates.render(CoverageReportDocumentWriter.class, TEMPLATES, TEMPLATE, true, model);
			monitor.checkCancelled();
			PdfRenderer.render(xhtml, out, new ChartDrawers(charts));
		} else {
			Map<String, String> charts = new HashMap<>();
			for (ScheduleCoverage schedule : document.schedules()) {
				charts.put(schedule.anchor(), CoverageChart.svg(schedule.sections()));
			}
			model.put("charts", charts); //$NON-NLS-1$
			String xhtml = Templates.render(CoverageReportDocumentWriter.class, TEMPLATES, TEMPLATE, false, model);
			out.write(xhtml.getBytes(StandardCharsets.UTF_8));
		}
	}
}
