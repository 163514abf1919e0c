package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.internal.document.Criteria;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.ShadowVisit;

class RegionalSummaryExportTest {

	private static Workspace workspace;
	private static List<Evaluation> evaluations;
	private static int judgements;
	private static int actions;

	@BeforeAll
	static void openSample() {
		workspace = SampleWorkspace.open();
		evaluations = workspace.evaluations();
		judgements = evaluations.stream().mapToInt(evaluation -> evaluation.getJudgements().size()).sum();
		actions = evaluations.stream().filter(evaluation -> evaluation.getNoteOfVisit() != null)
				.mapToInt(evaluation -> evaluation.getNoteOfVisit().getActions().size()).sum();
	}

	@Test
	void workbookHasThreeSheetsWithData() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.regionalSummary.xlsx", workspace, evaluations, Audience.INTERNAL);

		Map<String, List<List<String>>> sheets = Outputs.xlsx(bytes);
		assertEquals(List.of("Judgements", "Joint visits", "Actions"), List.copyOf(sheets.keySet()));

		List<List<String>> judgementRows = sheets.get("Judgements");
		assertEquals(List.of("Local authority", "LA code", "Academic year", "Term", "Schedule", "Evaluation",
				"Criterion code", "Grade", "Grade number", "Evidence items"), judgementRows.get(0));
		assertEquals(judgements + 1, judgementRows.size());
		Evaluation first = evaluations.stream().filter(evaluation -> !evaluation.getJudgements().isEmpty()).findFirst()
				.orElseThrow();
		Judgement judgement = first.getJudgements().get(0);
		List<String> row = judgementRows.stream().filter(cells -> cells.get(5).equals(first.getId())).findFirst()
				.orElseThrow();
		assertEquals(first.getLocalAuthority().getName(), row.get(0));
		assertEquals(first.getLocalAuthority().getCode(), row.get(1));
		assertEquals("2007/08", row.get(2));
		assertEquals(Criteria.code(judgement.getCriterion()), row.get(6));
		assertEquals(String.valueOf(judgement.getGrade().getValue()), row.get(8));
		assertEquals(String.valueOf(judgement.getEvidence().size()), row.get(9));

		List<List<String>> visitRows = sheets.get("Joint visits");
		assertEquals("Compliance", visitRows.get(0).get(8));
		assertEquals(9 * 3 + 1, visitRows.size(), "nine local authorities in three terms");
		assertTrue(visitRows.stream().skip(1).allMatch(cells -> !cells.get(8).isBlank()), "every row has a compliance");

		assertEquals(actions + 1, sheets.get("Actions").size());
	}

	@Test
	void workbookSheetsHaveFilterAndFrozenHeader() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.regionalSummary.xlsx", workspace, evaluations, Audience.INTERNAL);

		Map<String, String> parts = Outputs.zipEntries(bytes);
		for (int sheet = 1; sheet <= 3; sheet++) {
			String xml = parts.get("xl/worksheets/sheet" + sheet + ".xml");
			assertNotNull(xml, "sheet " + sheet);
			assertTrue(xml.contains("<autoFilter ref=\"A1:"), "autofilter on sheet " + sheet);
			assertTrue(xml.contains("state=\"frozen\""), "frozen pane on sheet " + sheet);
			assertTrue(xml.contains("ySplit=\"1\""), "header row frozen on sheet " + sheet);
		}
	}

	@Test
	void jointVisitComplianceCountsShadowVisits() throws Exception {
		ShadowVisit visit = SampleWorkspace.first(workspace, ShadowVisit.class, candidate -> true);

		List<List<String>> rows = Outputs.xlsx(Outputs.export("org.sipqm.export.regionalSummary.xlsx", workspace,
				evaluations, Audience.INTERNAL)).get("Joint visits");

		long expected = SampleWorkspace.all(workspace, ShadowVisit.class).stream()
				.filter(candidate -> candidate.getLocalAuthority() == visit.getLocalAuthority()
						&& candidate.getTerm() == visit.getTerm())
				.count();
		List<String> row = rows.stream().filter(cells -> cells.get(1).equals(visit.getLocalAuthority().getCode())
				&& cells.get(3).equalsIgnoreCase(visit.getTerm().getName())).findFirst().orElseThrow();
		assertEquals(String.valueOf(expected), row.get(6));
	}

	@Test
	void pdfHasChartOutlineAndTables() throws Exception {
		Outputs.Pdf pdf = Outputs.pdf(
				Outputs.export("org.sipqm.export.regionalSummary.pdf", workspace, evaluations, Audience.INTERNAL));

		String text = Outputs.flat(pdf.text());
		assertTrue(text.contains("Regional summary"), "title");
		assertTrue(pdf.outline().contains("Grade distribution by criterion"), pdf.outline().toString());
		assertTrue(pdf.outline().stream().anyMatch(title -> title.startsWith("  Schedule 1:")), pdf.outline().toString());
		assertTrue(pdf.outline().contains("Joint-visit compliance"), pdf.outline().toString());
		assertTrue(text.contains("Local authorities"), "the chart's axis label is text in the PDF");
		assertTrue(text.contains("Joint-visit compliance"));
		assertTrue(text.contains("Agreed actions by status"));
		assertTrue(pdf.tagged());
	}

	@Test
	void htmlHasInlineSvgChart() throws Exception {
		String html = Outputs.utf8(
				Outputs.export("org.sipqm.export.regionalSummary.html", workspace, evaluations, Audience.INTERNAL));

		assertTrue(html.contains("<svg"), "inline SVG chart");
		assertTrue(html.contains("Grade distribution by criterion"));
		assertFalse(html.contains("<object"), "the PDF's chart placeholder is not in HTML");
		assertTrue(html.contains("Schedule 4:"), "a chart for the self-evaluations");
	}

	@Test
	void csvHasOneRowPerJudgement() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.judgements.csv", workspace, evaluations, Audience.INTERNAL);

		assertEquals(List.of("Local authority", "LA code", "Academic year", "Term", "Schedule", "Evaluation", "Date",
				"Criterion code", "Grade", "Grade number", "Not evaluated", "Evidence items", "Rationale"),
				Outputs.csvHeader(bytes));
		List<CSVRecord> records = Outputs.csv(bytes);
		assertEquals(judgements, records.size());
		Evaluation first = evaluations.stream().filter(evaluation -> !evaluation.getJudgements().isEmpty()).findFirst()
				.orElseThrow();
		Judgement judgement = first.getJudgements().get(0);
		CSVRecord record = records.stream().filter(candidate -> candidate.get("Evaluation").equals(first.getId()))
				.findFirst().orElseThrow();
		assertEquals(Criteria.code(judgement.getCriterion()), record.get("Criterion code"));
		assertEquals(judgement.getRationale(), record.get("Rationale"));
		assertEquals(first.getDate().toString(), record.get("Date"));
		assertTrue(Outputs.utf8(bytes).contains("\r\n"), "RFC 4180 line ends");
	}
}
