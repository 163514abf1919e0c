package org.sipqm.core.internal.sample;

import java.time.LocalDate;

import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.NoteOfVisit;

/** Writes notes of visit with strengths, areas for improvement and agreed actions. */
final class NoteMaker {

	private NoteMaker() {
	}

	/**
	 * Returns a note dated on the weekday of the visit or up to three days after it, drawing its text from the
	 * phrase bank sections whose names start with the prefix: prefix-strength, prefix-area and
	 * prefix-action.
	 */
	static NoteOfVisit make(TermPlan plan, LocalDate visitDate, String prefix) {
		NoteOfVisit note = EvaluationFactory.eINSTANCE.createNoteOfVisit();
		note.setDate(SampleRandom.onWeekday(visitDate.plusDays(plan.random.between(0, 3))));
		note.setStrengthsForDissemination(fill(plan, plan.phrases.paragraph(prefix + "-strength", 2, plan.random)));
		note.setAreasForImprovement(fill(plan, plan.phrases.paragraph(prefix + "-area", 2, plan.random)));

		int actions = plan.random.between(2, 4);
		for (String description : plan.random.sample(plan.phrases.entries(prefix + "-action"), actions)) {
			note.getActions().add(action(plan, note.getDate(), description));
		}
		return note;
	}

	private static Action action(TermPlan plan, LocalDate noteDate, String description) {
		Action action = EvaluationFactory.eINSTANCE.createAction();
		action.setDescription(description);
		String owner = plan.phrases.pick("action-owner", plan.random);
		action.setOwner(owner.equals("LA SIP manager") ? owner + " (" + plan.la().getSipManager().getName() + ")" : owner);
		action.setDueDate(SampleRandom.onWeekday(noteDate.plusDays(plan.random.between(30, 70))));
		action.setStatus(status(plan));
		return action;
	}

	/** Actions from earlier terms are mostly done; summer actions are mostly still open. */
	private static ActionStatus status(TermPlan plan) {
		return switch (plan.term) {
		case AUTUMN -> plan.random.choose(new double[] { 0.6, 0.9 }, ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS,
				ActionStatus.OPEN);
		case SPRING -> plan.random.choose(new double[] { 0.3, 0.8 }, ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS,
				ActionStatus.OPEN);
		case SUMMER -> plan.random.choose(new double[] { 0.7, 0.97 }, ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
				ActionStatus.WITHDRAWN);
		};
	}

	private static String fill(TermPlan plan, String text) {
		return PhraseBank.fill(text, plan.placeholders());
	}
}
