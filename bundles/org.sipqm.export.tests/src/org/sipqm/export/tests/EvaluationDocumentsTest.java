package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.internal.document.Criteria;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.TermlyReview;

class EvaluationDocumentsTest {

	private static Workspace workspace;

	@BeforeAll
	static void openSample() {
		workspace = SampleWorkspace.open();
	}

	@Test
	void termlyReportPdfHasJudgementsBySection() throws Exception {
		TermlyReview review = SampleWorkspace.first(workspace, TermlyReview.class,
				candidate -> candidate.getJudgements().size() > 10);

		Outputs.Pdf pdf = Outputs.pdf(
				Outputs.export("org.sipqm.export.termlyReport.pdf", workspace, List.of(review), Audience.INTERNAL));

		String text = Outputs.flat(pdf.text());
		assertTrue(text.contains("Termly report"), "title");
		assertTrue(text.contains(review.getLocalAuthority().getName()), "local authority");
		assertTrue(text.contains("Summary of judgements"), "grade summary");
		assertTrue(text.contains(Outputs.flat(review.getStrengthsForDissemination())), "strengths for dissemination");
		assertTrue(text.contains(Outputs.flat(review.getAreasForImprovement())), "areas for improvement");
		Judgement first = review.getJudgements().get(0);
		String statement = Criteria.find(first.getCriterion()).orElseThrow().getStatement();
		assertTrue(text.contains(Criteria.code(first.getCriterion()) + " " + Outputs.flat(statement)), "criterion and statement");
		assertTrue(text.contains(first.getGrade().getValue() + " " + SipqmLabels.grade(first.getGrade())), "grade label");
		assertTrue(text.contains(Outputs.flat(first.getRationale())), "rationale");
		assertTrue(text.contains(first.getEvidence().get(0).getTitle()), "evidence of the judgement");
		assertTrue(pdf.outline().contains("Judgements"), pdf.outline().toString());
		assertTrue(pdf.outline().stream().anyMatch(title -> title.startsWith("  1.1 ")), pdf.outline().toString());
		assertTrue(pdf.pages() > 2, "pages: " + pdf.pages());
		assertTrue(text.contains("Page " + pdf.pages() + " of " + pdf.pages()), "last page number");
	}

	@Test
	void termlyReportHtmlHasEveryJudgement() throws Exception {
		TermlyReview review = SampleWorkspace.first(workspace, TermlyReview.class,
				candidate -> candidate.getJudgements().size() > 10);

		String html = Outputs.utf8(
				Outputs.export("org.sipqm.export.termlyReport.html", workspace, List.of(review), Audience.INTERNAL));

		for (Judgement judgement : review.getJudgements()) {
			assertTrue(html.contains("<span class=\"code\">" + Criteria.code(judgement.getCriterion()) + "</span>"),
					judgement.getCriterion());
			if (judgement.getRationale() != null) {
				assertTrue(html.contains(NoteOfVisitExportTest.escape(judgement.getRationale())), judgement.getRationale());
			}
		}
	}

	@Test
	void discussionSummaryHasResponsesAndHeader() throws Exception {
		HeadteacherDiscussion discussion = SampleWorkspace.first(workspace, HeadteacherDiscussion.class,
				candidate -> candidate.getResponses().stream().anyMatch(response -> response.getAnswer() != null
						&& !response.isConcernsIndividual()) && candidate.getSchool() != null);

		Outputs.Pdf pdf = Outputs.pdf(Outputs.export("org.sipqm.export.discussionSummary.pdf", workspace,
				List.of(discussion), Audience.INTERNAL));

		String text = Outputs.flat(pdf.text());
		assertTrue(text.contains("Headteacher discussion summary"), "title");
		assertTrue(text.contains(discussion.getSchool().getName()), "school");
		assertTrue(text.contains("LA consulted"), "consultation");
		Response response = discussion.getResponses().stream().filter(candidate -> candidate.getAnswer() != null)
				.findFirst().orElseThrow();
		assertTrue(text.contains(Outputs.flat(response.getAnswer())), "answer");
		assertTrue(text.contains(Criteria.code(response.getCriterion())), "question code");
		assertTrue(pdf.outline().contains("Discussion with the headteacher"), pdf.outline().toString());
		if (discussion.getOverallBenefits() != null) {
			assertTrue(text.contains(Outputs.flat(discussion.getOverallBenefits())), "overall benefits");
		}
	}
}
