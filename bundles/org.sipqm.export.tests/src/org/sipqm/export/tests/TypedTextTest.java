package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;

/**
 * Text as users type it: typographic quotes, the pound sign, dashes, accents, tabs, line breaks,
 * very long words and long paragraphs, through PDF text extraction, HTML, CSV and XLSX.
 */
class TypedTextTest {

	private static final String QUOTES = "The headteacher said “the SIP’s challenge was ‘spot on’” – twice.";
	private static final String MONEY = "Funding of £4,500 — about €5,200 — was agreed…";
	private static final String ACCENTS = "Café résumé naïve façade Zoë Brontë Øre Łódź ŵ ŷ";
	private static final String TABBED = "Owner:\tSIP manager\tby half term";
	private static final String LINES = "First line of the note\nSecond line of the note\r\nThird line of the note";
	private static final String LONG_WORD = "https://www.example.org/" + "very-long-path-segment-".repeat(12) + "end";

	private static Workspace workspace;
	private static ShadowVisit visit;
	private static TermlyReview review;

	@BeforeAll
	static void typeText() {
		workspace = SampleWorkspace.open();
		visit = SampleWorkspace.first(workspace, ShadowVisit.class, candidate -> candidate.getNoteOfVisit() != null);
		String paragraph = "A long paragraph that runs over several lines of the page. ".repeat(80).strip();
		visit.getNoteOfVisit().setStrengthsForDissemination(String.join("\n", QUOTES, MONEY, ACCENTS, TABBED));
		visit.getNoteOfVisit().setAreasForImprovement(LINES + "\n" + LONG_WORD + "\n" + paragraph);
		Action action = EvaluationFactory.eINSTANCE.createAction();
		action.setDescription("Control\u0007character and a bell\u0000removed");
		action.setOwner("Siân O’Brien");
		visit.getNoteOfVisit().getActions().add(action);

		review = SampleWorkspace.first(workspace, TermlyReview.class, candidate -> !candidate.getJudgements().isEmpty());
		review.getJudgements().get(0).setRationale(String.join("\n", QUOTES, MONEY, ACCENTS, TABBED, LINES));
	}

	@Test
	void pdfTextExtractionReturnsTypedCharacters() throws Exception {
		Outputs.Pdf pdf = Outputs.pdf(
				Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(visit), Audience.INTERNAL));

		String text = Outputs.flat(pdf.text());
		assertTrue(text.contains(QUOTES), "quotes and dashes: " + text);
		assertTrue(text.contains(MONEY), "pound, euro, em dash and ellipsis");
		assertTrue(text.contains(ACCENTS), "accents");
		assertTrue(text.contains(Outputs.flat(TABBED)), "tabbed text, with each tab as white space");
		assertTrue(text.contains("Siân O’Brien"), "owner");
		assertTrue(text.contains("Controlcharacter and a bellremoved"), "control characters left out");
		int sentences = Outputs.flat(Outputs.body(pdf)).split("A long paragraph that runs over several lines of the page\\.", -1).length - 1;
		assertEquals(80, sentences, "every sentence of the long paragraph, across page breaks");
		assertFalse(pdf.text().contains("\uFFFD"), "no replacement characters");
		assertFalse(pdf.text().contains("?"), "no question marks for missing glyphs");
	}

	@Test
	void pdfKeepsTypedLineBreaks() throws Exception {
		Outputs.Pdf pdf = Outputs.pdf(
				Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(visit), Audience.INTERNAL));

		List<String> lines = pdf.text().lines().map(String::strip).toList();
		assertTrue(lines.contains("First line of the note"), pdf.text());
		assertTrue(lines.contains("Second line of the note"));
		assertTrue(lines.contains("Third line of the note"));
	}

	@Test
	void pdfBreaksVeryLongWords() throws Exception {
		Outputs.Pdf pdf = Outputs.pdf(
				Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(visit), Audience.INTERNAL));

		assertTrue(pdf.text().replaceAll("\\s+", "").contains(LONG_WORD), "the long word is all there, over several lines");
	}

	@Test
	void htmlKeepsTypedText() throws Exception {
		String html = Outputs.utf8(
				Outputs.export("org.sipqm.export.noteOfVisit.html", workspace, List.of(visit), Audience.INTERNAL));

		assertTrue(html.contains(NoteOfVisitExportTest.escape(QUOTES)));
		assertTrue(html.contains(MONEY));
		assertTrue(html.contains(ACCENTS));
		assertTrue(html.contains(TABBED), "tabs are kept in the HTML source");
		assertTrue(html.contains("<meta charset=\"UTF-8\"/>"));
	}

	@Test
	void csvRoundTripsTypedText() throws Exception {
		List<CSVRecord> records = Outputs.csv(
				Outputs.export("org.sipqm.export.judgements.csv", workspace, List.of(review), Audience.INTERNAL));

		String expected = String.join("\n", QUOTES, MONEY, ACCENTS, TABBED, LINES.replace("\r\n", "\n"));
		assertEquals(expected, records.get(0).get("Rationale"));
	}

	@Test
	void workbookRoundTripsTypedText() throws Exception {
		List<List<String>> actions = Outputs.xlsx(Outputs.export("org.sipqm.export.regionalSummary.xlsx", workspace,
				List.of(visit), Audience.INTERNAL)).get("Actions");

		assertTrue(actions.stream().anyMatch(row -> row.contains("Siân O’Brien")), actions.toString());
	}
}
