package org.sipqm.example.region.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.example.region.internal.export.LocalJudgementsCsvWriter;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.organisation.Term;

class LocalJudgementsCsvWriterTest {

	private static final String LOCAL = "urn:sipqm:sip-qm:1:4:1.2.EM1";
	private static final String NATIONAL = "urn:sipqm:sip-qm:1:4:1.2.1";

	private final LocalJudgementsCsvWriter writer = new LocalJudgementsCsvWriter();

	@Test
	void acceptsEvaluationsWithLocalJudgements() {
		assertTrue(writer.accepts(evaluation(judgement(LOCAL, Grade.GOOD, "Attends"))));
		assertFalse(writer.accepts(evaluation(judgement(NATIONAL, Grade.GOOD, "National"))));
		assertFalse(writer.accepts(evaluation(judgement("not a criterion URI", Grade.GOOD, ""))));
	}

	@Test
	void writesOneRowPerLocalJudgement() throws IOException {
		Evaluation evaluation = evaluation(judgement(NATIONAL, Grade.OUTSTANDING, "National criterion"),
				judgement(LOCAL, Grade.REQUIRES_SOME_IMPROVEMENT, "Two SIPs missed the \"spring\" meeting, so far"));

		List<String> lines = export(evaluation);

		assertEquals(2, lines.size(), lines.toString());
		assertEquals("\uFEFFevaluation,academic year,term,local authority,criterion,statement,grade,rationale", lines.get(0));
		assertEquals("tr-873-2007-autumn,2007/08,autumn,,1.2.EM1,SIPs take part in the East Midlands moderation of "
				+ "judgements at least once a year,3,\"Two SIPs missed the \"\"spring\"\" meeting, so far\"", lines.get(1));
	}

	@Test
	void notJudgedLeavesGradeEmpty() throws IOException {
		List<String> lines = export(evaluation(judgement(LOCAL, Grade.NOT_JUDGED, "")));

		assertTrue(lines.get(1).endsWith(",1.2.EM1,SIPs take part in the East Midlands moderation of judgements at least "
				+ "once a year,,"), lines.get(1));
	}

	private List<String> export(Evaluation evaluation) throws IOException {
		ExportInput input = new ExportInput(Audience.SHARED, List.of(new RedactedEvaluation(evaluation, List.of())),
				Optional.empty(), LocalDate.of(2007, 12, 1));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		writer.write(input, out, ExportMonitor.NONE);

		return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
	}

	private static Evaluation evaluation(Judgement... judgements) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createTermlyReview();
		evaluation.setId("tr-873-2007-autumn");
		evaluation.setAcademicYear("2007/08");
		evaluation.setTerm(Term.AUTUMN);
		evaluation.getJudgements().addAll(List.of(judgements));
		return evaluation;
	}

	private static Judgement judgement(String criterion, Grade grade, String rationale) {
		Judgement judgement = EvaluationFactory.eINSTANCE.createJudgement();
		judgement.setCriterion(criterion);
		judgement.setGrade(grade);
		judgement.setRationale(rationale);
		return judgement;
	}
}
