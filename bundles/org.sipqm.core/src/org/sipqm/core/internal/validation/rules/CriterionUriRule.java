package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;

/** A judgement or response must name its criterion with a criterion URI. A missing one is a structural error. */
public class CriterionUriRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.CRITERION_INVALID_URI;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return CriterionReferences.recordsCriterion(element);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		String text = CriterionReferences.text(element);
		if (text != null && !text.isBlank() && CriterionReferences.parse(element).isEmpty()) {
			context.report(Severity.ERROR, element,
					NLS.bind(Messages.Rule_criterionInvalidUri, ElementLabels.label(element), text));
		}
	}
}
