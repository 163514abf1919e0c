package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.School;

/**
 * Makes schedule 2 discussions with headteachers: a school visit first, then a telephone call,
 * then either. Each has the protocol flags and a response with answer, example and impact to
 * every question of the schedule.
 */
final class DiscussionMaker {

	private static final double RESPONSE_EVIDENCE_CHANCE = 0.8;

	private final TermPlan plan;
	private final EvidenceMaker evidence;

	private DiscussionMaker(TermPlan plan) {
		this.plan = plan;
		this.evidence = new EvidenceMaker(plan);
	}

	static List<HeadteacherDiscussion> makeAll(TermPlan plan) throws IOException {
		DiscussionMaker maker = new DiscussionMaker(plan);
		List<School> schools = plan.random.sample(plan.la().getSchools(), plan.profile.discussionsPerTerm());
		List<HeadteacherDiscussion> discussions = new ArrayList<>();
		for (int i = 0; i < schools.size(); i++) {
			discussions.add(maker.make(schools.get(i), i + 1));
		}
		return discussions;
	}

	private HeadteacherDiscussion make(School school, int number) throws IOException {
		HeadteacherDiscussion discussion = EvaluationFactory.eINSTANCE.createHeadteacherDiscussion();
		LocalDate date = plan.visitDate();
		plan.fillCommon(discussion, plan.evaluationId("hd", number), date);
		discussion.setSchool(school);
		discussion.setMode(mode(number));
		StatusMaker.apply(plan, discussion);
		setProtocolFlags(discussion, date);

		// The headteacher's view of the SIP sets the tone of all the responses in one discussion.
		boolean positive = plan.random.fraction() * 4 > plan.authority.quality() - 0.5;
		Map<String, String> values = Map.of("sip", school.getPartner().getName(), "pct",
				Integer.toString(plan.random.between(2, 9)));
		for (Criterion question : plan.criteria.questions()) {
			discussion.getResponses().add(response(discussion, question, positive, values));
		}

		discussion.setOverallBenefits(plan.phrases.pick("benefits", plan.random));
		discussion.setStrengthsForDissemination(plan.phrases.paragraph("hd-strength", 2, plan.random));
		discussion.setAreasForImprovement(plan.phrases.paragraph("hd-area", 1, plan.random));
		return discussion;
	}

	private DiscussionMode mode(int number) {
		return switch (number) {
		case 1 -> DiscussionMode.SCHOOL_VISIT;
		case 2 -> DiscussionMode.TELEPHONE_CALL;
		default -> plan.random.chance(0.5) ? DiscussionMode.SCHOOL_VISIT : DiscussionMode.TELEPHONE_CALL;
		};
	}

	private void setProtocolFlags(HeadteacherDiscussion discussion, LocalDate date) {
		discussion.setLaConsulted(plan.random.chance(0.97));
		if (discussion.isLaConsulted()) {
			discussion.setLaConsultedOn(SampleRandom.onWeekday(date.minusDays(plan.random.between(7, 20))));
		}
		discussion.setSipInformed(plan.random.chance(0.95));
		boolean reported = discussion.getStatus() != EvaluationStatus.DRAFT || plan.random.chance(0.5);
		discussion.setFeedbackToLA(reported);
		discussion.setFeedbackToSIP(reported);
	}

	private Response response(HeadteacherDiscussion discussion, Criterion question, boolean positive,
			Map<String, String> values) throws IOException {
		Response response = EvaluationFactory.eINSTANCE.createResponse();
		response.setCriterion(FrameworkRegistry.criterionUri(question).toString());

		boolean answerPositive = positive ? plan.random.chance(0.85) : plan.random.chance(0.35);
		response.setAnswer(plan.phrase(answerPositive ? "answer-positive" : "answer-mixed", values));
		String exampleSection = "example-" + FrameworkCriteria.topSectionOf(question);
		if (plan.phrases.has(exampleSection)) {
			response.setExample(plan.phrase(exampleSection, values));
		}
		response.setImpact(plan.phrase(answerPositive ? "impact-strong" : "impact-weak", values));

		String section = FrameworkCriteria.topSectionOf(question);
		boolean aboutIndividual = section.equals("2.5") || section.startsWith("1.1");
		response.setConcernsIndividual(aboutIndividual && plan.random.chance(0.3));

		if (plan.random.chance(RESPONSE_EVIDENCE_CHANCE)) {
			EvidenceKind kind = plan.random.chance(0.6) ? EvidenceKind.DISCUSSION : EvidenceKind.SIP_REPORT;
			ImpactEvidence impact = answerPositive ? ImpactEvidence.EMERGING : ImpactEvidence.NONE;
			response.getEvidence().add(evidence.add(discussion, kind, impact, response.isConcernsIndividual()));
		}
		return response;
	}
}
