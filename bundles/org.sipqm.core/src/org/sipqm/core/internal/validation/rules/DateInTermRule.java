package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.calendar.DateRange;
import org.sipqm.core.calendar.TermDates;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;

/**
 * An evaluation's date should fall within its term as {@link TermDates} defines it. A date
 * outside the academic year is left to {@link DateInYearRule}. The model's default term is
 * autumn, so an evaluation that records no term is checked against the autumn term.
 */
public class DateInTermRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.EVALUATION_DATE_OUTSIDE_TERM;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Evaluation;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Evaluation evaluation = (Evaluation) element;
		LocalDate date = evaluation.getDate();
		AcademicYear year = EvaluationDates.academicYear(evaluation);
		if (date == null || year == null || !year.contains(date)) {
			return;
		}

		DateRange term = TermDates.of(year, evaluation.getTerm());
		if (!term.contains(date)) {
			context.report(Severity.WARNING, element, NLS.bind(Messages.Rule_dateOutsideTerm,
					new Object[] { ElementLabels.label(element), EvaluationDates.format(date), evaluation.getTerm(),
							year.label(), EvaluationDates.format(term.first()), EvaluationDates.format(term.last()) }));
		}
	}
}
