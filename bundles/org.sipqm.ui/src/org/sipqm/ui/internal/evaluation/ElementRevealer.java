package org.sipqm.ui.internal.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * A part that shows an evaluation and can bring one of its elements into view. The object of a
 * part that {@link EvaluationEditors} opens implements it, so that {@link EvaluationReveal} can
 * reveal the element after opening the part.
 */
public interface ElementRevealer {

	/**
	 * Scrolls the control that shows the element, or else the one of its nearest container, into
	 * view and focuses it. Returns false when the part shows neither.
	 */
	boolean reveal(EObject element);
}
