package org.sipqm.ui.internal.editing;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * Passes the mouse wheel from a field to the scrolled form around it. A text field with a vertical
 * scroll bar takes every wheel event, even when all its text fits, so that the form cannot be
 * scrolled while the pointer rests on one of its many rationale fields. A read-only combo on GTK
 * selects the next or previous item on each wheel event, so scrolling the form over a grade would
 * change the grade. A text field keeps the wheel only while it has the focus or contains more text
 * than it shows, and a combo only while it has the focus.
 */
public final class WheelScrolling {

	private WheelScrolling() {
	}

	/** Makes the wheel over the text field scroll the nearest scrolled composite around it, as described above. */
	public static void passToForm(Text text) {
		passToForm(text, () -> text.isFocusControl() || overflows(text), text.getLineHeight());
	}

	/** Makes the wheel over the combo scroll the nearest scrolled composite around it, as described above. */
	public static void passToForm(Combo combo) {
		passToForm(combo, combo::isFocusControl, combo.getItemHeight());
	}

	/**
	 * Makes the wheel over the control scroll the nearest scrolled composite around it unless the
	 * control keeps the wheel, scrolling by the given pixels for each unit of the event's count.
	 * SWT on GTK reports three units for one notch of a wheel, so a notch moves three lines.
	 */
	private static void passToForm(Control control, BooleanSupplier keepsWheel, int lineHeight) {
		control.addListener(SWT.MouseVerticalWheel, event -> {
			if (!keepsWheel.getAsBoolean()) {
				ScrolledComposite form = scrolledParent(control);
				if (form != null) {
					event.doit = false;
					Point origin = form.getOrigin();
					form.setOrigin(origin.x, Math.max(0, origin.y - event.count * lineHeight));
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

	private static ScrolledComposite scrolledParent(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				return scrolled;
			}
		}
		return null;
	}
}
