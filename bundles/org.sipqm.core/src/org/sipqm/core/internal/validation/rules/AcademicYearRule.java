package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Evaluation;

/** An evaluation's academic year must be written as 2007/08. A missing one is a structural error. */
public class AcademicYearRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.EVALUATION_ACADEMIC_YEAR;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Evaluation;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		String year = ((Evaluation) element).getAcademicYear();
		if (year != null && !year.isBlank() && EvaluationDates.academicYear((Evaluation) element) == null) {
			context.report(Severity.ERROR, element,
					NLS.bind(Messages.Rule_academicYearInvalid, ElementLabels.label(element), year));
		}
	}
}
