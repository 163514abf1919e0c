package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.model.evaluation.ProtocolCheck;

/** A protocol check of a joint visit should be dated within the term of the visit. */
public class ProtocolDateRule extends ElementDateInTermRule {

	@Override
	public String id() {
		return RuleIds.PROTOCOL_DATE_OUTSIDE_TERM;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof ProtocolCheck check && check.getDate() != null;
	}

	@Override
	LocalDate dateOf(EObject element) {
		return ((ProtocolCheck) element).getDate();
	}

	@Override
	String messageTemplate() {
		return RuleMessages.DateOutsideTerm_protocol;
	}
}
