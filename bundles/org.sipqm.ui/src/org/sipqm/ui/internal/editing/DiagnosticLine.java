package org.sipqm.ui.internal.editing;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;

/**
 * A line below a field's row of a grid that shows the messages of the field's diagnostics, with
 * the icon of the most serious one, across all the grid's columns.
 */
final class DiagnosticLine {

	private DiagnosticLine() {
	}

	/** Adds the line after the last control of the field's row and returns it. */
	static Control create(Control field, List<WorkspaceDiagnostic> diagnostics) {
		Composite grid = field.getParent();
		int columns = grid.getLayout() instanceof GridLayout layout ? layout.numColumns : 1;

		Composite line = new Composite(grid, SWT.NONE);
		line.setBackground(grid.getBackground());
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1)
				.hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(line);

		Label icon = new Label(line, SWT.NONE);
		icon.setBackground(line.getBackground());
		icon.setImage(image(mostSerious(diagnostics)));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		Label text = new Label(line, SWT.WRAP);
		text.setBackground(line.getBackground());
		text.setText(diagnostics.stream().map(WorkspaceDiagnostic::message).collect(Collectors.joining("\n"))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(text);

		line.moveBelow(lastOfRow(field));
		return line;
	}

	/**
	 * Returns the control that ends the field's row, counting the column spans of the visible
	 * controls before it. Vertical spans are not counted.
	 */
	private static Control lastOfRow(Control field) {
		Composite grid = field.getParent();
		int columns = grid.getLayout() instanceof GridLayout layout ? layout.numColumns : 1;
		Control[] children = grid.getChildren();
		int column = 0;
		boolean fieldSeen = false;
		Control last = field;
		for (Control child : children) {
			GridData data = child.getLayoutData() instanceof GridData gridData ? gridData : null;
			if (data != null && data.exclude) {
				continue;
			}
			int span = data == null ? 1 : Math.min(Math.max(1, data.horizontalSpan), columns);
			if (column + span > columns) {
				if (fieldSeen) {
					return last;
				}
				column = 0;
			}
			column += span;
			fieldSeen |= child == field;
			last = child;
			if (fieldSeen && column == columns) {
				return child;
			}
			if (column == columns) {
				column = 0;
			}
		}
		return last;
	}

	private static Severity mostSerious(List<WorkspaceDiagnostic> diagnostics) {
		return diagnostics.stream().map(WorkspaceDiagnostic::severity).min(Enum::compareTo).orElse(Severity.INFO);
	}

	private static Image image(Severity severity) {
		String key = switch (severity) {
		case ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
		case WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
		case INFO -> Dialog.DLG_IMG_MESSAGE_INFO;
		};
		return org.eclipse.jface.resource.JFaceResources.getImage(key);
	}
}
