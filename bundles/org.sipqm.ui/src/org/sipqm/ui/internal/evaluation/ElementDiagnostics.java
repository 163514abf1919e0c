package org.sipqm.ui.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.WorkspaceDiagnostic;

/**
 * The validator's diagnostics of one evaluation, handed out to the blocks of the form that show
 * their elements. Each diagnostic goes to the first block that claims it, and the form lists
 * whatever no block claimed, such as diagnostics of the evaluation as a whole, above its sections.
 */
final class ElementDiagnostics {

	private final List<WorkspaceDiagnostic> unclaimed;

	ElementDiagnostics(List<WorkspaceDiagnostic> diagnostics) {
		this.unclaimed = new ArrayList<>(diagnostics);
	}

	/**
	 * Removes and returns the diagnostics of the given elements and of the elements they contain,
	 * in the validator's order.
	 */
	List<WorkspaceDiagnostic> claim(Collection<? extends EObject> elements) {
		List<WorkspaceDiagnostic> claimed = new ArrayList<>();
		for (Iterator<WorkspaceDiagnostic> iterator = unclaimed.iterator(); iterator.hasNext();) {
			WorkspaceDiagnostic diagnostic = iterator.next();
			if (isWithin(diagnostic.element(), elements)) {
				claimed.add(diagnostic);
				iterator.remove();
			}
		}
		return claimed;
	}

	/** Removes and returns every diagnostic that no block has claimed. */
	List<WorkspaceDiagnostic> claimRest() {
		List<WorkspaceDiagnostic> rest = List.copyOf(unclaimed);
		unclaimed.clear();
		return rest;
	}

	private static boolean isWithin(EObject element, Collection<? extends EObject> elements) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (elements.contains(current)) {
				return true;
			}
		}
		return false;
	}
}
