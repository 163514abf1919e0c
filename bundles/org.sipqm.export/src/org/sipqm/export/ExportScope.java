package org.sipqm.export;

/** How many files one export writes. */
public enum ExportScope {
	/** One file per evaluation, named after the evaluation's identifier. */
	EVALUATION,
	/** One file for all the evaluations of the selection. */
	SELECTION,
	/**
	 * One file about an object other than evaluations, such as the coverage of a crosswalk, written
	 * through {@link Exporter#export(Object, org.sipqm.core.redaction.Audience, java.io.OutputStream, ExportMonitor)}.
	 * An export of evaluations skips exporters of this scope, and the export wizard does not offer them.
	 */
	SUBJECT
}
