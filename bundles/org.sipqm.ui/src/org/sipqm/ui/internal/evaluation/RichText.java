package org.sipqm.ui.internal.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The text of one read-only block of the evaluation form, built run by run, with bold and
 * coloured runs. It becomes a wrapping {@link StyledText} that the user can select and copy from.
 */
final class RichText {

	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();

	RichText plain(String run) {
		text.append(run == null ? "" : run); //$NON-NLS-1$
		return this;
	}

	RichText bold(String run) {
		return styled(run, null, true);
	}

	RichText styled(String run, Color foreground, boolean bold) {
		int start = text.length();
		plain(run);
		StyleRange style = new StyleRange(start, text.length() - start, foreground, null, bold ? SWT.BOLD : SWT.NORMAL);
		styles.add(style);
		return this;
	}

	/** Starts a new line, unless the text is empty or ends with a line break already. */
	RichText line() {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
		return this;
	}

	/** Starts a new paragraph: a line break and an empty line, unless the text is empty. */
	RichText paragraph() {
		if (!text.isEmpty()) {
			line();
			text.append('\n');
		}
		return this;
	}

	boolean isEmpty() {
		return text.isEmpty();
	}

	@Override
	public String toString() {
		return text.toString();
	}

	/**
	 * Creates the read-only widget. Screen readers announce the accessible name for the block,
	 * such as "Recorded for criterion 1.1.3".
	 */
	StyledText create(Composite parent, FormToolkit toolkit, String accessibleName) {
		StyledText widget = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		widget.setEditable(false);
		widget.setText(text.toString());
		widget.setStyleRanges(styles.toArray(StyleRange[]::new));
		toolkit.adapt(widget, false, false);
		Accessibility.name(widget, accessibleName);
		return widget;
	}
}
