package org.sipqm.example.region.internal.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.NoteOfVisit;

/**
 * East Midlands rule: every open agreed action of a note of visit has a due date, no earlier than
 * the visit and no later than a set number of weeks after it. The next termly review can then
 * follow it up. The parameter {@value #MAX_WEEKS} sets the number of weeks, default
 * {@value #DEFAULT_MAX_WEEKS}. Completed and withdrawn actions are not checked.
 */
public final class ActionDueDateRule implements ElementRule {

	/** The rule's id, as declared in plugin.xml. */
	public static final String ID = "em.action-due-date";

	/** Parameter: the latest due date, in weeks after the visit. */
	public static final String MAX_WEEKS = "maxWeeks";

	public static final int DEFAULT_MAX_WEEKS = 12;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Action;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Action action = (Action) element;
		if (action.getStatus() == ActionStatus.COMPLETED || action.getStatus() == ActionStatus.WITHDRAWN) {
			return;
		}

		String name = describe(action);
		LocalDate due = action.getDueDate();
		if (due == null) {
			context.report(Severity.WARNING, action, "The agreed action " + name
					+ " has no due date. Give the date by which its owner should complete it.");
			return;
		}

		LocalDate visit = visitDate(action);
		if (visit == null) {
			return;
		}
		int maxWeeks = context.intParameter(MAX_WEEKS, DEFAULT_MAX_WEEKS, 1);
		if (due.isBefore(visit)) {
			context.report(Severity.WARNING, action, "The agreed action " + name + " is due on " + due
					+ ", before the visit on " + visit + ". Correct the due date.");
		} else if (due.isAfter(visit.plusWeeks(maxWeeks))) {
			context.report(Severity.WARNING, action, "The agreed action " + name + " is due on " + due + ", more than "
					+ maxWeeks + " weeks after the visit on " + visit + ". Set an earlier due date, or split the action "
					+ "so that the next termly review can follow up its first part.");
		}
	}

	/** Returns the date of the note of visit that contains the action, or of its evaluation when the note has none. */
	private static LocalDate visitDate(Action action) {
		if (action.eContainer() instanceof NoteOfVisit note) {
			if (note.getDate() != null) {
				return note.getDate();
			}
			if (note.eContainer() instanceof Evaluation evaluation) {
				return evaluation.getDate();
			}
		}
		return null;
	}

	private static String describe(Action action) {
		String description = action.getDescription();
		if (description == null || description.isBlank()) {
			return "without a description";
		}
		String text = description.strip();
		return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
	}
}
