package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.internal.document.Labels;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;

class NoteOfVisitExportTest {

	private static Workspace workspace;
	private static ShadowVisit visit;

	@BeforeAll
	static void openSample() {
		workspace = SampleWorkspace.open();
		visit = SampleWorkspace.first(workspace, ShadowVisit.class,
				candidate -> candidate.getNoteOfVisit() != null && !candidate.getNoteOfVisit().getActions().isEmpty());
	}

	@Test
	void pdfHasHeaderNoteAndActions() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(visit), Audience.INTERNAL);

		Outputs.Pdf pdf = Outputs.pdf(bytes);
		String text = Outputs.flat(pdf.text());
		assertTrue(text.startsWith("Note of visit") || text.contains(" Note of visit "), text);
		assertTrue(text.contains(visit.getLocalAuthority().getName()), "local authority");
		assertTrue(text.contains(visit.getSchool().getName()), "school");
		assertTrue(text.contains("Spring term 2007/08") || text.contains(visit.getAcademicYear()), "term");
		assertTrue(text.contains(visit.getAuthor().getName()), "author");
		assertTrue(text.contains("Published") || text.contains("Agreed") || text.contains("Draft"), "status");
		assertTrue(text.contains(Outputs.flat(visit.getNoteOfVisit().getStrengthsForDissemination())), "strengths");
		assertTrue(text.contains(Outputs.flat(visit.getNoteOfVisit().getAreasForImprovement())), "areas");
		for (Action action : visit.getNoteOfVisit().getActions()) {
			assertTrue(text.contains(Outputs.flat(action.getDescription())), action.getDescription());
			assertTrue(text.contains(action.getOwner()), action.getOwner());
			assertTrue(text.contains(Labels.date(action.getDueDate())), "due date of " + action.getDescription());
		}
		assertTrue(text.contains("Joint-visit protocol"), "protocol checklist");
	}

	@Test
	void pdfHasPagesOutlineTagsAndEmbeddedFont() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(visit), Audience.INTERNAL);

		Outputs.Pdf pdf = Outputs.pdf(bytes);
		assertTrue(pdf.pages() >= 1);
		assertTrue(Outputs.flat(pdf.text()).contains("Page 1 of " + pdf.pages()), "page numbers");
		assertTrue(pdf.outline().contains("Note of visit"), pdf.outline().toString());
		assertTrue(pdf.outline().contains("Evidence"), pdf.outline().toString());
		assertTrue(pdf.tagged(), "tagged PDF");
		assertTrue(pdf.title().startsWith("Note of visit: Joint visit"), pdf.title());
		assertFalse(pdf.fonts().isEmpty());
		for (PDFont font : pdf.fonts()) {
			assertTrue(font.isEmbedded(), font.getName() + " embedded");
			assertTrue(font.getName().contains("DejaVuSans"), font.getName());
		}
	}

	@Test
	void selfEvaluationNoteHasSectionAndCriterionJudgements() throws Exception {
		LASelfEvaluation selfEvaluation = SampleWorkspace.first(workspace, LASelfEvaluation.class,
				candidate -> !candidate.getSectionJudgements().isEmpty());

		byte[] bytes = Outputs.export("org.sipqm.export.noteOfVisit.pdf", workspace, List.of(selfEvaluation),
				Audience.INTERNAL);

		Outputs.Pdf pdf = Outputs.pdf(bytes);
		String text = Outputs.flat(pdf.text());
		assertTrue(text.contains("Judgements by section"), "section judgements");
		assertTrue(text.contains("1.1.1"), "criterion code");
		assertTrue(pdf.outline().contains("Judgements"), pdf.outline().toString());
		assertTrue(pdf.outline().stream().anyMatch(title -> title.startsWith("  1.1 ")), pdf.outline().toString());
		assertTrue(pdf.pages() > 1, "a self-evaluation of 60 criteria takes several pages");
	}

	@Test
	void htmlIsOneSelfContainedPage() throws Exception {
		byte[] bytes = Outputs.export("org.sipqm.export.noteOfVisit.html", workspace, List.of(visit), Audience.INTERNAL);

		String html = Outputs.utf8(bytes);
		assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
		assertTrue(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\""));
		assertTrue(html.contains("<style>"), "inline style sheet");
		assertTrue(html.contains("@media print"), "print styles");
		assertFalse(html.contains("<link"), "no external style sheet");
		assertFalse(html.contains("src=\"http"), "no external resources");
		assertFalse(html.contains("<bookmarks>"), "the PDF outline is not HTML");
		assertTrue(html.contains(escape(visit.getNoteOfVisit().getStrengthsForDissemination())), "strengths");
		assertTrue(html.contains(escape(visit.getSchool().getName())), "school");
	}

	@Test
	void rejectsEvaluationOfOtherSchedule() {
		TermlyReview review = SampleWorkspace.first(workspace, TermlyReview.class, candidate -> true);
		ExportRequest request = new ExportRequest(workspace, List.of(review), Audience.INTERNAL);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Outputs.exporter("org.sipqm.export.noteOfVisit.pdf").export(request, new ByteArrayOutputStream(),
						ExportMonitor.NONE));

		assertTrue(error.getMessage().contains("Note of visit (PDF)"), error.getMessage());
	}

	@Test
	void rejectsSeveralEvaluationsForOneStream() {
		List<ShadowVisit> visits = SampleWorkspace.all(workspace, ShadowVisit.class).subList(0, 2);
		ExportRequest request = new ExportRequest(workspace, List.copyOf(visits), Audience.INTERNAL);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Outputs.exporter("org.sipqm.export.noteOfVisit.html").export(request, new ByteArrayOutputStream(),
						ExportMonitor.NONE));

		assertTrue(error.getMessage().contains("2 evaluations"), error.getMessage());
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}
}
