package org.sipqm.core.internal.validation;

import java.nio.file.Path;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.validation.Severity;

/**
 * An EMF diagnostic that carries the id of the rule that produced it. Its first data element is
 * the element concerned, as EMF's own diagnostics have it, unless it concerns a whole file.
 */
public class RuleDiagnostic extends BasicDiagnostic {

	public static final String SOURCE = "org.sipqm.core";

	private final String ruleId;
	private final Path file;

	public RuleDiagnostic(int severity, String ruleId, String message, Object[] data) {
		super(severity, SOURCE, 0, message, data);
		this.ruleId = ruleId;
		this.file = null;
	}

	public RuleDiagnostic(Severity severity, String ruleId, String message, EObject element) {
		this(toEmfSeverity(severity), ruleId, message, new Object[] { element });
	}

	public RuleDiagnostic(Severity severity, String ruleId, String message, Path file) {
		super(toEmfSeverity(severity), SOURCE, 0, message, new Object[0]);
		this.ruleId = ruleId;
		this.file = file;
	}

	public String ruleId() {
		return ruleId;
	}

	/** Returns the file a file-level diagnostic concerns, or null when it concerns an element. */
	public Path file() {
		return file;
	}

	public static int toEmfSeverity(Severity severity) {
		return switch (severity) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}

	public static Severity fromEmfSeverity(int severity) {
		if (severity >= Diagnostic.ERROR) {
			return Severity.ERROR;
		}
		return severity == Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
	}
}
