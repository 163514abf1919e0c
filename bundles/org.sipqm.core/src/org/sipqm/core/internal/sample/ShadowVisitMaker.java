package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.Term;

/**
 * Makes schedule 3 joint visits at the frequency the phase's support level requires. Intensive
 * support has one each term and targeted support one in the year, in the first term the phase is
 * targeted. Visits are optional under universal support, so there is one now and then.
 */
final class ShadowVisitMaker {

	private static final List<Phase> SUPPORTED_PHASES = List.of(Phase.PRIMARY, Phase.SECONDARY);
	private static final double OPTIONAL_VISIT_CHANCE = 0.1;

	/** Days before the visit on which each protocol step is done, in protocol order. */
	private static final int[][] STEP_DAYS_BEFORE = { { 21, 28 }, { 14, 20 }, { 7, 13 } };

	private ShadowVisitMaker() {
	}

	static List<ShadowVisit> makeAll(TermPlan plan) throws IOException {
		List<ShadowVisit> visits = new ArrayList<>();
		for (Phase phase : SUPPORTED_PHASES) {
			SupportKind level = plan.supportLevel(phase);
			if (visitDue(plan, phase, level)) {
				List<School> schools = plan.la().getSchools().stream().filter(school -> school.getPhase() == phase).toList();
				if (!schools.isEmpty()) {
					visits.add(make(plan, plan.random.pick(schools), level, visits.size() + 1));
				}
			}
		}
		return visits;
	}

	private static boolean visitDue(TermPlan plan, Phase phase, SupportKind level) {
		return switch (level) {
		case INTENSIVE -> true;
		case TARGETED -> firstTargetedTerm(plan, phase) == plan.term;
		case UNIVERSAL -> plan.random.chance(OPTIONAL_VISIT_CHANCE);
		};
	}

	private static Term firstTargetedTerm(TermPlan plan, Phase phase) {
		for (Term term : Term.VALUES) {
			boolean targeted = plan.la().getSupportLevels().stream().anyMatch(assignment -> assignment.getTerm() == term
					&& assignment.getPhase() == phase && assignment.getLevel() == SupportKind.TARGETED);
			if (targeted) {
				return term;
			}
		}
		return null;
	}

	private static ShadowVisit make(TermPlan plan, School school, SupportKind level, int number) throws IOException {
		ShadowVisit visit = EvaluationFactory.eINSTANCE.createShadowVisit();
		LocalDate date = plan.random.weekday(plan.teachingWeeks().first().plusDays(30), plan.teachingWeeks().last());
		plan.fillCommon(visit, plan.evaluationId("sv", number), date);
		visit.setSchool(school);
		visit.setPartner(school.getPartner());
		visit.setSupportLevel(level);
		visit.setPurpose(plan.phrases.pick("visit-purpose", plan.random));
		StatusMaker.apply(plan, visit);

		boolean summaryWritten = visit.getStatus() != EvaluationStatus.DRAFT || plan.random.chance(0.5);
		addProtocolChecks(plan, visit, date, summaryWritten);
		visit.setSummaryToHeadteacher(summaryWritten);
		visit.setSummaryToLA(summaryWritten);

		EvidenceMaker evidence = new EvidenceMaker(plan);
		evidence.add(visit, EvidenceKind.OBSERVATION, ImpactEvidence.EMERGING, false);
		if (plan.random.chance(0.5)) {
			evidence.add(visit, EvidenceKind.DISCUSSION, ImpactEvidence.NONE, false);
		}
		visit.setNoteOfVisit(NoteMaker.make(plan, date, "visit"));
		return visit;
	}

	private static void addProtocolChecks(TermPlan plan, ShadowVisit visit, LocalDate date, boolean summaryWritten) {
		List<ProtocolStep> steps = plan.criteria.visitSteps();
		List<String> notes = plan.phrases.entries("visit-step-note");
		for (int i = 0; i < steps.size(); i++) {
			ProtocolCheck check = EvaluationFactory.eINSTANCE.createProtocolCheck();
			check.setStep(steps.get(i).getCode());
			boolean last = i == steps.size() - 1;
			check.setDone(!last || summaryWritten);
			if (check.isDone()) {
				check.setDate(stepDate(plan, date, i, last));
				check.setNote(notes.get(Math.min(i, notes.size() - 1)));
			}
			visit.getProtocolChecks().add(check);
		}
	}

	/** Returns a step's date: preparation before the visit, oral feedback on the day, the written summary after. */
	private static LocalDate stepDate(TermPlan plan, LocalDate visitDate, int index, boolean last) {
		if (last) {
			return SampleRandom.onWeekday(visitDate.plusDays(plan.random.between(2, 7)));
		}
		if (index < STEP_DAYS_BEFORE.length) {
			int[] range = STEP_DAYS_BEFORE[index];
			return SampleRandom.onWeekday(visitDate.minusDays(plan.random.between(range[0], range[1])));
		}
		return visitDate;
	}
}
