package org.sipqm.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * A check of single model elements, run by the validator on every element it applies to, in
 * every file of the workspace and in editors as the user types.
 */
public interface ElementRule {

	/** Returns the stable id that diagnostics of this rule carry, such as {@code criterion.unknown}. */
	String id();

	boolean appliesTo(EObject element);

	void check(EObject element, RuleContext context);
}
