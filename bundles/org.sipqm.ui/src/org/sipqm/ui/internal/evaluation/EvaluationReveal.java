package org.sipqm.ui.internal.evaluation;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;

/** Opens the evaluation that contains an element and reveals the element in its part. */
public final class EvaluationReveal {

	private EvaluationReveal() {
	}

	/**
	 * Opens, through {@link EvaluationEditors#open}, the evaluation that is or contains the element,
	 * and reveals the element when the part's object is an {@link ElementRevealer}. Returns the
	 * part, or null when the element belongs to no evaluation, such as an element of the
	 * organisation file.
	 * <p>
	 * The read-only {@link EvaluationPart} and the schedule editors' parts implement
	 * {@link ElementRevealer}.
	 */
	public static MPart open(EPartService partService, Workspace workspace, EObject element) {
		Evaluation evaluation = evaluationOf(element);
		if (evaluation == null) {
			return null;
		}
		MPart part = EvaluationEditors.open(partService, workspace, evaluation);
		if (part.getObject() instanceof ElementRevealer revealer && element != evaluation) {
			revealer.reveal(element);
		}
		return part;
	}

	/** Returns the evaluation that is or contains the element, or null. */
	public static Evaluation evaluationOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Evaluation evaluation) {
				return evaluation;
			}
		}
		return null;
	}
}
