package org.sipqm.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A problem that {@link LocalFrameworkChecks} found in a framework. Problems are reported for the
 * author to fix and never stop the framework from being saved.
 *
 * @param element the schedule, section, criterion or framework at fault
 * @param feature the attribute at fault, such as the criterion code
 * @param column  the grade column 1 to 4 of a missing or empty descriptor, or 0 for other problems
 * @param message the problem and its fix, in the user's words
 */
public record FrameworkProblem(EObject element, EStructuralFeature feature, int column, String message) {
}
