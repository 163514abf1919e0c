package org.sipqm.ui.internal.problems;

import java.util.Comparator;
import java.util.function.Function;

import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.ui.internal.evaluation.SeverityLabels;

/** The columns of the Problems view: each with its heading, width in pixels, text and sort order. */
enum DiagnosticColumn {

	SEVERITY(Messages.Problems_columnSeverity, 110, diagnostic -> SeverityLabels.name(diagnostic.severity()),
			Comparator.comparing(WorkspaceDiagnostic::severity)),
	RULE(Messages.Problems_columnRule, 230, WorkspaceDiagnostic::ruleId, null),
	MESSAGE(Messages.Problems_columnMessage, 520, WorkspaceDiagnostic::message, null),
	FILE(Messages.Problems_columnFile, 300, diagnostic -> WorkspaceLayout.toPortableString(diagnostic.file()), null),
	ELEMENT(Messages.Problems_columnElement, 220, DiagnosticColumn::elementText, null);

	final String heading;
	final int width;
	final Function<WorkspaceDiagnostic, String> text;
	final Comparator<WorkspaceDiagnostic> order;

	/** Creates a column that sorts by its own comparator, or by its text when that is null. */
	DiagnosticColumn(String heading, int width, Function<WorkspaceDiagnostic, String> text,
			Comparator<WorkspaceDiagnostic> order) {
		this.heading = heading;
		this.width = width;
		this.text = text;
		this.order = order != null ? order : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
	}

	/**
	 * Returns the order of the rows when this column sorts them: by the column, then by file and
	 * message so that equal rows keep a stable order.
	 */
	Comparator<WorkspaceDiagnostic> rowOrder(boolean ascending) {
		Comparator<WorkspaceDiagnostic> primary = ascending ? order : order.reversed();
		return primary.thenComparing(FILE.order).thenComparing(MESSAGE.order);
	}

	private static String elementText(WorkspaceDiagnostic diagnostic) {
		return diagnostic.elementLabel().isEmpty() ? Messages.Problems_wholeFile : diagnostic.elementLabel();
	}
}
