package org.sipqm.core.tests;

import java.time.LocalDate;

import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.IndicatorKind;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.OutcomeIndicator;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * Small models for the tests. Every feature of every element is set, to a value other than its
 * default, so that a round trip through the store covers the whole metamodel. One local
 * authority, la-999, with one school and one School Improvement Partner; evaluations of the
 * spring term 2007/08.
 */
final class Fixtures {

	static final String LA_ID = "la-999";
	static final String ATTACHMENT = "evidence/la-999/report.txt";

	private static final OrganisationFactory ORGANISATION = OrganisationFactory.eINSTANCE;
	private static final EvaluationFactory EVALUATION = EvaluationFactory.eINSTANCE;
	private static final LocalDate DATE = LocalDate.of(2008, 2, 12);

	private Fixtures() {
	}

	static Organisation organisation() {
		Organisation organisation = ORGANISATION.createOrganisation();
		organisation.setName("Test organisation");

		Region region = ORGANISATION.createRegion();
		region.setId("region-test");
		region.setName("Test region");
		organisation.getRegions().add(region);

		Person director = person("p-srd", "Senior Regional Director");
		Person coordinator = person("p-sipco", "Regional SIP Co-ordinator");
		Person manager = person("p-manager", "LA SIP Manager");
		Person headteacher = person("p-head", "Headteacher");
		region.getPeople().add(director);
		region.getPeople().add(coordinator);
		region.getPeople().add(manager);
		region.getPeople().add(headteacher);
		region.setSeniorRegionalDirector(director);
		region.getCoordinators().add(coordinator);

		LocalAuthority authority = ORGANISATION.createLocalAuthority();
		authority.setId(LA_ID);
		authority.setCode("999");
		authority.setName("Testshire");
		authority.setSipManager(manager);
		region.getLocalAuthorities().add(authority);

		SupportAssignment support = ORGANISATION.createSupportAssignment();
		support.setAcademicYear("2007/08");
		support.setTerm(Term.SPRING);
		support.setPhase(Phase.SECONDARY);
		support.setLevel(SupportKind.TARGETED);
		authority.getSupportLevels().add(support);

		SchoolImprovementPartner partner = ORGANISATION.createSchoolImprovementPartner();
		partner.setId("sip-999-01");
		partner.setName("Pat Partner");
		partner.setRole("School Improvement Partner");
		partner.setEmail("pat.partner@sipqm.example");
		partner.setAccreditationNumber("SIP/999/01");
		authority.getPartners().add(partner);

		School school = ORGANISATION.createSchool();
		school.setId("school-999901");
		school.setUrn("999901");
		school.setName("Testwick High School");
		school.setPhase(Phase.SECONDARY);
		school.setHeadteacher(headteacher);
		school.setPartner(partner);
		authority.getSchools().add(school);
		return organisation;
	}

	static LocalAuthority authority(Organisation organisation) {
		return organisation.getRegions().get(0).getLocalAuthorities().get(0);
	}

	static TermlyReview termlyReview(Organisation organisation) {
		TermlyReview review = EVALUATION.createTermlyReview();
		fillCommon(review, "tr-999-2007-08-spring", organisation, "urn:sipqm:sip-qm:1:1:1.1.3");
		review.setStrengthsForDissemination("Strategic deployment of SIPs.");
		review.setAreasForImprovement("Moderation of SIP reports.");
		return review;
	}

	static HeadteacherDiscussion discussion(Organisation organisation) {
		HeadteacherDiscussion discussion = EVALUATION.createHeadteacherDiscussion();
		fillCommon(discussion, "hd-999-2007-08-spring-01", organisation, "urn:sipqm:sip-qm:1:2:2.1.1");
		School school = authority(organisation).getSchools().get(0);
		discussion.setSchool(school);
		discussion.setMode(DiscussionMode.TELEPHONE_CALL);
		discussion.setLaConsulted(true);
		discussion.setLaConsultedOn(DATE.minusDays(10));
		discussion.setSipInformed(true);
		discussion.setFeedbackToLA(true);
		discussion.setFeedbackToSIP(true);
		discussion.setOverallBenefits("Yes, a sharper focus on progress.");
		discussion.setStrengthsForDissemination("Preparation for visits.");
		discussion.setAreasForImprovement("Timeliness of reports.");

		Response response = EVALUATION.createResponse();
		response.setCriterion("urn:sipqm:sip-qm:1:2:2.1.2");
		response.setAnswer("Yes.");
		response.setExample("Boys' writing.");
		response.setImpact("Progress in writing improved.");
		response.setConcernsIndividual(true);
		response.getEvidence().add(discussion.getEvidence().get(0));
		discussion.getResponses().add(response);
		return discussion;
	}

	static ShadowVisit shadowVisit(Organisation organisation) {
		ShadowVisit visit = EVALUATION.createShadowVisit();
		// Schedule 3 has no criteria, so the judgement names one only to cover the feature.
		fillCommon(visit, "sv-999-2007-08-spring-01", organisation, "urn:sipqm:sip-qm:1:3:none");
		School school = authority(organisation).getSchools().get(0);
		visit.setSchool(school);
		visit.setPartner(school.getPartner());
		visit.setSupportLevel(SupportKind.TARGETED);
		visit.setPurpose("To observe challenge on target setting.");
		visit.setSummaryToHeadteacher(true);
		visit.setSummaryToLA(true);

		visit.getProtocolChecks().add(protocolCheck("identify-school", DATE.minusDays(21), "Chosen with the LA."));
		visit.getProtocolChecks().add(protocolCheck("headteacher-permission", DATE.minusDays(14), "Agreed by telephone."));
		visit.getProtocolChecks().add(protocolCheck("purpose-and-timing", DATE.minusDays(7), "Sent to all parties."));
		visit.getProtocolChecks().add(protocolCheck("oral-feedback", DATE, "Given after the visit."));
		visit.getProtocolChecks().add(protocolCheck("written-summary", DATE.plusDays(3), "Sent to both."));
		return visit;
	}

	private static ProtocolCheck protocolCheck(String step, LocalDate date, String note) {
		ProtocolCheck check = EVALUATION.createProtocolCheck();
		check.setStep(step);
		check.setDone(true);
		check.setDate(date);
		check.setNote(note);
		return check;
	}

	static LASelfEvaluation selfEvaluation(Organisation organisation) {
		LASelfEvaluation evaluation = EVALUATION.createLASelfEvaluation();
		fillCommon(evaluation, "se-999-2007-08-spring", organisation, "urn:sipqm:sip-qm:1:4:1.1.3");

		SectionJudgement judgement = EVALUATION.createSectionJudgement();
		judgement.setSection("1.1");
		judgement.setGrade(Grade.GOOD);
		judgement.setRationale("Effective management of the SIP function.");
		evaluation.getSectionJudgements().add(judgement);
		return evaluation;
	}

	/** Returns one evaluation of each schedule, in schedule order. */
	static Evaluation[] allEvaluations(Organisation organisation) {
		return new Evaluation[] { termlyReview(organisation), discussion(organisation), shadowVisit(organisation),
				selfEvaluation(organisation) };
	}

	private static void fillCommon(Evaluation evaluation, String id, Organisation organisation, String criterion) {
		evaluation.setId(id);
		evaluation.setFramework("sip-qm/1");
		evaluation.setAcademicYear("2007/08");
		evaluation.setTerm(Term.SPRING);
		evaluation.setDate(DATE);
		evaluation.setStatus(EvaluationStatus.AGREED);
		evaluation.setAuthor(organisation.getRegions().get(0).getCoordinators().get(0));
		evaluation.setLocalAuthority(authority(organisation));

		EvidenceItem item = EVALUATION.createEvidenceItem();
		item.setId(id + "-e001");
		item.setTitle("SIP report, February 2008");
		item.setKind(EvidenceKind.SIP_REPORT);
		item.setDate(DATE.minusDays(5));
		item.setSource("SIP report");
		item.setDescription("Shows early improvement.");
		item.setAttachment(ATTACHMENT);
		item.setImpact(ImpactEvidence.EMERGING);
		item.setConcernsIndividual(true);
		evaluation.getEvidence().add(item);

		Judgement judgement = EVALUATION.createJudgement();
		judgement.setCriterion(criterion);
		judgement.setGrade(Grade.GOOD);
		judgement.setRationale("Good practice with emerging impact.");
		judgement.setNotEvaluated(true);
		judgement.setConcernsIndividual(true);
		judgement.getEvidence().add(item);
		evaluation.getJudgements().add(judgement);

		evaluation.setNoteOfVisit(noteOfVisit());

		OutcomeIndicator indicator = EVALUATION.createOutcomeIndicator();
		indicator.setKind(IndicatorKind.ATTAINMENT);
		indicator.setAcademicYear("2006/07");
		indicator.setPupilGroup("all pupils");
		indicator.setValue("71%");
		evaluation.getOutcomeIndicators().add(indicator);

		StatusChange change = EVALUATION.createStatusChange();
		change.setFrom(EvaluationStatus.PUBLISHED);
		change.setTo(EvaluationStatus.AGREED);
		change.setDate(DATE.plusDays(9));
		change.setBy("Sam Coordinator");
		change.setReason("Withdrawn for correction.");
		evaluation.getStatusChanges().add(change);
	}

	private static NoteOfVisit noteOfVisit() {
		NoteOfVisit note = EVALUATION.createNoteOfVisit();
		note.setDate(DATE.plusDays(1));
		note.setStrengthsForDissemination("Clear briefing of SIPs.");
		note.setAreasForImprovement("Timelier reports.");

		Action action = EVALUATION.createAction();
		action.setDescription("Moderate a sample of SIP reports.");
		action.setOwner("LA SIP manager");
		action.setDueDate(DATE.plusDays(40));
		action.setStatus(ActionStatus.IN_PROGRESS);
		action.setConcernsIndividual(true);
		note.getActions().add(action);
		return note;
	}

	private static Person person(String id, String role) {
		Person person = ORGANISATION.createPerson();
		person.setId(id);
		person.setName(role + " name");
		person.setRole(role);
		person.setEmail(id + "@sipqm.example");
		return person;
	}
}
