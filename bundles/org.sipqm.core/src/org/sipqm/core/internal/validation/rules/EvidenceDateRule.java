package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.model.evaluation.EvidenceItem;

/** An evidence item's date should fall within the term of the evaluation that records it. */
public class EvidenceDateRule extends ElementDateInTermRule {

	@Override
	public String id() {
		return RuleIds.EVIDENCE_DATE_OUTSIDE_TERM;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof EvidenceItem item && item.getDate() != null;
	}

	@Override
	LocalDate dateOf(EObject element) {
		return ((EvidenceItem) element).getDate();
	}

	@Override
	String messageTemplate() {
		return RuleMessages.DateOutsideTerm_evidence;
	}
}
