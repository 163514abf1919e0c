package org.sipqm.core.validation;

/** How serious a diagnostic is. */
public enum Severity {
	/** The data is wrong or cannot be used as it is. */
	ERROR,
	/** The data is probably wrong and should be checked. */
	WARNING,
	/** Worth knowing; nothing needs to change. */
	INFO
}
