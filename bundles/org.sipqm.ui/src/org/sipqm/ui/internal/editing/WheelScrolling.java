package org.sipqm.ui.internal.editing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * Passes the mouse wheel from a multi-line text field to the scrolled form around it. A text field
 * with a vertical scroll bar takes every wheel event, even when all its text fits, so that the
 * form cannot be scrolled while the pointer rests on one of its many rationale fields. The field
 * keeps the wheel only while it has the focus or contains more text than it shows.
 */
public final class WheelScrolling {

	private WheelScrolling() {
	}

	/** Makes the wheel over the text field scroll the nearest scrolled composite around it, as described above. */
	public static void passToForm(Text text) {
		text.addListener(SWT.MouseVerticalWheel, event -> {
			if (!text.isFocusControl() && !overflows(text)) {
				ScrolledComposite form = scrolledParent(text);
				if (form != null) {
					event.doit = false;
					scroll(form, text, event);
				}
			}
		});
	}

	/** Returns whether the field's text is taller than the field, so that its own scroll bar can move. */
	static boolean overflows(Text text) {
		ScrollBar bar = text.getVerticalBar();
		if (bar != null) {
			return bar.getMaximum() - bar.getMinimum() > bar.getThumb();
		}
		return text.getLineCount() * text.getLineHeight() > text.getClientArea().height;
	}

	private static ScrolledComposite scrolledParent(Text text) {
		for (Composite parent = text.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				return scrolled;
			}
		}
		return null;
	}

	/**
	 * Scrolls the form by one line of the field's text for each unit of the event's count. SWT on
	 * GTK reports three units for one notch of a wheel, so a notch moves three lines.
	 */
	private static void scroll(ScrolledComposite form, Text text, Event event) {
		Point origin = form.getOrigin();
		form.setOrigin(origin.x, Math.max(0, origin.y - event.count * text.getLineHeight()));
	}
}
