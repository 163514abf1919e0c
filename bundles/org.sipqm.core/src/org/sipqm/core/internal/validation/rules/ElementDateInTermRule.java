package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.calendar.DateRange;
import org.sipqm.core.calendar.TermDates;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;

/**
 * A date recorded inside an evaluation, such as an evidence item's, should fall within the term of
 * the evaluation, with the widest term dates that {@link TermDates} allows. Evaluations whose
 * academic year is missing or invalid are left to the rule about the year.
 */
abstract class ElementDateInTermRule implements ElementRule {

	/** Returns the element's date, or null when it records none. */
	abstract LocalDate dateOf(EObject element);

	/** Returns the message template: {0} element, {1} date, {2} term, {3} year, {4} first day, {5} last day. */
	abstract String messageTemplate();

	@Override
	public void check(EObject element, RuleContext context) {
		LocalDate date = dateOf(element);
		Evaluation evaluation = Evaluations.containing(element);
		if (date == null || evaluation == null) {
			return;
		}
		AcademicYear year = EvaluationDates.academicYear(evaluation);
		if (year == null) {
			return;
		}

		DateRange term = TermDates.of(year, evaluation.getTerm());
		if (!term.contains(date)) {
			context.report(Severity.WARNING, element, NLS.bind(messageTemplate(),
					new Object[] { ElementLabels.label(element), EvaluationDates.format(date), evaluation.getTerm(),
							year.label(), EvaluationDates.format(term.first()), EvaluationDates.format(term.last()) }));
		}
	}
}
