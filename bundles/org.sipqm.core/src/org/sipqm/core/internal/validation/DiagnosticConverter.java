package org.sipqm.core.internal.validation;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.WorkspaceDiagnostic;

/** Turns EMF diagnostics into workspace diagnostics with file, element label and fragment. */
public final class DiagnosticConverter {

	private DiagnosticConverter() {
	}

	public static WorkspaceDiagnostic convert(Workspace workspace, Diagnostic diagnostic) {
		String ruleId = diagnostic instanceof RuleDiagnostic rule ? rule.ruleId() : RuleIds.STRUCTURE_OTHER;
		EObject element = firstElement(diagnostic);

		Path file = diagnostic instanceof RuleDiagnostic rule && rule.file() != null ? rule.file() : null;
		if (file == null) {
			file = element == null || element.eResource() == null ? Path.of("") : workspace.pathOf(element);
		}

		String label = element == null ? "" : ElementLabels.label(element);
		String fragment = element == null ? "" : fragment(element);
		return new WorkspaceDiagnostic(RuleDiagnostic.fromEmfSeverity(diagnostic.getSeverity()), ruleId, file, label,
				fragment, sentenceCase(diagnostic.getMessage()), element);
	}

	/** Capitalises the first letter, because messages often start with an element label such as "judgement on ...". */
	private static String sentenceCase(String message) {
		if (message == null || message.isEmpty()) {
			return "";
		}
		return Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

	private static EObject firstElement(Diagnostic diagnostic) {
		return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject element ? element : null;
	}

	private static String fragment(EObject element) {
		Resource resource = element.eResource();
		return resource == null ? "" : resource.getURIFragment(element);
	}
}
