package org.sipqm.export;

/** How many files one export writes. */
public enum ExportScope {
	/** One file per evaluation, named after the evaluation's identifier. */
	EVALUATION,
	/** One file for all the evaluations of the selection. */
	SELECTION
}
