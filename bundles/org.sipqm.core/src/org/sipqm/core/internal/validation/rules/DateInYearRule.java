package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;

/** An evaluation's date must fall within its academic year, 1 September to 31 August. */
public class DateInYearRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.EVALUATION_DATE_OUTSIDE_YEAR;
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
		if (date == null || year == null || year.contains(date)) {
			return;
		}

		context.report(Severity.ERROR, element, NLS.bind(Messages.Rule_dateOutsideYear,
				new Object[] { ElementLabels.label(element), EvaluationDates.format(date), year.label(),
						EvaluationDates.format(year.firstDay()), EvaluationDates.format(year.lastDay()) }));
	}
}
