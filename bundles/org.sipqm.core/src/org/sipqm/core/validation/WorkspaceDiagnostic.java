package org.sipqm.core.validation;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.WorkspaceLayout;

/**
 * One finding of the {@link WorkspaceValidator}.
 *
 * @param severity        how serious it is
 * @param ruleId          the stable id of the rule that found it, one of {@link RuleIds}
 * @param file            the file, relative to the workspace folder
 * @param elementLabel    a readable label of the element, such as "judgement on criterion 1.1.3",
 *                        or an empty string when the finding concerns the whole file
 * @param elementFragment the element's URI fragment within the file, or an empty string
 * @param message         what is wrong and how to fix it, in British English
 * @param element         the element, for editors to select it, or null for the whole file
 */
public record WorkspaceDiagnostic(Severity severity, String ruleId, Path file, String elementLabel,
		String elementFragment, String message, EObject element) {

	public WorkspaceDiagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(elementLabel, "elementLabel");
		Objects.requireNonNull(elementFragment, "elementFragment");
		Objects.requireNonNull(message, "message");
	}

	/** Returns one line of the form {@code file [fragment]: SEVERITY rule-id: message}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(WorkspaceLayout.toPortableString(file));
		if (!elementFragment.isEmpty()) {
			text.append(" [").append(elementFragment).append(']');
		}
		return text.append(": ").append(severity).append(' ').append(ruleId).append(": ").append(message).toString();
	}
}
