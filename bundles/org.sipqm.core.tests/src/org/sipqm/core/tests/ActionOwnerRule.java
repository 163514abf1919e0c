package org.sipqm.core.tests;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.Action;

/**
 * A rule that this test bundle contributes through the extension point, as a region would. It
 * reports at info severity, which the severity its extension declares replaces.
 */
public class ActionOwnerRule implements ElementRule {

	static final String ID = "test.action-owner";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Action action && (action.getOwner() == null || action.getOwner().isBlank());
	}

	@Override
	public void check(EObject element, RuleContext context) {
		context.report(Severity.INFO, element, "The action has no owner. Name the person who owns it.");
	}
}
