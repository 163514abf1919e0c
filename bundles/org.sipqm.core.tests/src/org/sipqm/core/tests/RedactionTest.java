package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.core.redaction.Redaction;
import org.sipqm.core.redaction.WithheldNotice;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.TermlyReview;

class RedactionTest {

	private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;
	private static final String SECRET_EVIDENCE = "SECRET-EVIDENCE-capability procedure for Mr Example";
	private static final String SECRET_RESPONSE = "SECRET-RESPONSE-about my own appraisal";
	private static final String SECRET_PM_ADVICE = "SECRET-PM-ADVICE-governors were told";
	private static final String SECRET_RATIONALE = "SECRET-RATIONALE-one SIP underperforms";
	private static final String SECRET_ACTION = "SECRET-ACTION-support plan for one SIP";

	@Test
	void sharedCopyKeepsNoRestrictedText() throws IOException {
		TermlyReview review = reviewWithRestrictedMaterial();

		RedactedEvaluation shared = Redaction.redact(review, Audience.SHARED);

		String text = serialise(shared);
		for (String secret : List.of(SECRET_EVIDENCE, SECRET_RATIONALE, SECRET_PM_ADVICE, SECRET_ACTION)) {
			assertFalse(text.contains(secret), secret + " survived redaction");
		}
		assertTrue(text.contains("Open evidence"), "unrestricted evidence was removed");
		assertTrue(text.contains("Open action"), "unrestricted action was removed");
	}

	@Test
	void sharedCopyKeepsGradesAndSaysWhatWasWithheld() {
		TermlyReview review = reviewWithRestrictedMaterial();

		RedactedEvaluation shared = Redaction.redact(review, Audience.SHARED);

		assertEquals(3, shared.evaluation().getJudgements().size());
		List<WithheldNotice.Kind> kinds = shared.withheld().stream().map(WithheldNotice::kind).toList();
		assertEquals(List.of(WithheldNotice.Kind.EVIDENCE_ITEMS, WithheldNotice.Kind.RATIONALES,
				WithheldNotice.Kind.ACTIONS), kinds);
		assertEquals(2, shared.withheld().get(1).count());
		assertTrue(shared.withheld().get(0).message().startsWith("Evidence items withheld: 1."),
				shared.withheld().get(0).message());
	}

	@Test
	void sharedDiscussionDropsRestrictedResponses() throws IOException {
		HeadteacherDiscussion discussion = FACTORY.createHeadteacherDiscussion();
		discussion.setId("discussion");
		discussion.getResponses().add(response("urn:sipqm:sip-qm:1:2:2.1.1", "Open answer", false));
		discussion.getResponses().add(response("urn:sipqm:sip-qm:1:2:2.1.2", SECRET_RESPONSE, true));
		discussion.getResponses().add(response("urn:sipqm:sip-qm:1:2:2.5.3", SECRET_PM_ADVICE, false));

		RedactedEvaluation shared = Redaction.redact(discussion, Audience.SHARED);

		String text = serialise(shared);
		assertFalse(text.contains(SECRET_RESPONSE));
		assertFalse(text.contains(SECRET_PM_ADVICE));
		assertTrue(text.contains("Open answer"));
		assertEquals(2, shared.withheld().get(0).count());
	}

	@Test
	void internalCopyKeepsEverything() throws IOException {
		TermlyReview review = reviewWithRestrictedMaterial();

		RedactedEvaluation internal = Redaction.redact(review, Audience.INTERNAL);

		assertNotSame(review, internal.evaluation());
		assertFalse(internal.anythingWithheld());
		String text = serialise(internal);
		for (String secret : List.of(SECRET_EVIDENCE, SECRET_RATIONALE, SECRET_PM_ADVICE, SECRET_ACTION)) {
			assertTrue(text.contains(secret), secret + " missing from the internal copy");
		}
	}

	@Test
	void originalIsNeverChanged() {
		TermlyReview review = reviewWithRestrictedMaterial();

		Redaction.redact(review, Audience.SHARED);

		assertEquals(2, review.getEvidence().size());
		assertEquals(SECRET_RATIONALE, review.getJudgements().get(1).getRationale());
		assertEquals(2, review.getNoteOfVisit().getActions().size());
	}

	private static TermlyReview reviewWithRestrictedMaterial() {
		TermlyReview review = FACTORY.createTermlyReview();
		review.setId("review");
		review.setAcademicYear("2007/08");
		EvidenceItem open = evidence("open", "Open evidence", false);
		EvidenceItem secret = evidence("secret", SECRET_EVIDENCE, true);
		review.getEvidence().addAll(List.of(open, secret));

		Judgement plain = judgement("urn:sipqm:sip-qm:1:1:1.1.1", "Plain rationale", false);
		plain.getEvidence().addAll(List.of(open, secret));
		review.getJudgements().add(plain);
		review.getJudgements().add(judgement("urn:sipqm:sip-qm:1:1:1.1.8", SECRET_RATIONALE, true));
		review.getJudgements().add(judgement("urn:sipqm:sip-qm:1:1:2.5.2", SECRET_PM_ADVICE, false));

		NoteOfVisit note = FACTORY.createNoteOfVisit();
		note.getActions().add(action("Open action", false));
		note.getActions().add(action(SECRET_ACTION, true));
		review.setNoteOfVisit(note);
		return review;
	}

	private static EvidenceItem evidence(String id, String title, boolean concernsIndividual) {
		EvidenceItem item = FACTORY.createEvidenceItem();
		item.setId(id);
		item.setTitle(title);
		item.setDescription(title);
		item.setConcernsIndividual(concernsIndividual);
		return item;
	}

	private static Judgement judgement(String criterion, String rationale, boolean concernsIndividual) {
		Judgement judgement = FACTORY.createJudgement();
		judgement.setCriterion(criterion);
		judgement.setRationale(rationale);
		judgement.setConcernsIndividual(concernsIndividual);
		return judgement;
	}

	private static Response response(String criterion, String answer, boolean concernsIndividual) {
		Response response = FACTORY.createResponse();
		response.setCriterion(criterion);
		response.setAnswer(answer);
		response.setExample(answer);
		response.setConcernsIndividual(concernsIndividual);
		return response;
	}

	private static Action action(String description, boolean concernsIndividual) {
		Action action = FACTORY.createAction();
		action.setDescription(description);
		action.setConcernsIndividual(concernsIndividual);
		return action;
	}

	private static String serialise(RedactedEvaluation redacted) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/redacted.xmi"));
		resource.getContents().add(redacted.evaluation());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of());
		StringBuilder text = new StringBuilder(bytes.toString(StandardCharsets.UTF_8));
		redacted.withheld().forEach(notice -> text.append('\n').append(notice.message()));
		return text.toString();
	}
}
