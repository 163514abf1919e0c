package org.sipqm.ui.internal.editing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.ui.forms.widgets.ILayoutExtension;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Lays out the body of a {@link ScrolledForm} as one column whose children take the visible width.
 * A scrolled form asks its body for a size at the visible width only when the body's layout is an
 * {@link ILayoutExtension}. With a grid layout it takes the preferred width, and one long section
 * title then widens the whole form past the part.
 */
final class FormBodyLayout extends Layout implements ILayoutExtension {

	private static final int MARGIN = 5;
	private static final int SPACING = 5;

	@Override
	protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
		int width = wHint == SWT.DEFAULT ? computeMaximumWidth(composite, flushCache) : wHint;
		int height = MARGIN;
		for (Control child : composite.getChildren()) {
			height += child.computeSize(Math.max(0, width - 2 * MARGIN), SWT.DEFAULT, flushCache).y + SPACING;
		}
		return new Point(width, height + MARGIN);
	}

	@Override
	protected void layout(Composite composite, boolean flushCache) {
		Rectangle area = composite.getClientArea();
		int width = Math.max(0, area.width - 2 * MARGIN);
		int y = area.y + MARGIN;
		for (Control child : composite.getChildren()) {
			int height = child.computeSize(width, SWT.DEFAULT, flushCache).y;
			child.setBounds(area.x + MARGIN, y, width, height);
			y += height + SPACING;
		}
	}

	@Override
	public int computeMinimumWidth(Composite parent, boolean changed) {
		return 0;
	}

	@Override
	public int computeMaximumWidth(Composite parent, boolean changed) {
		int width = 0;
		for (Control child : parent.getChildren()) {
			width = Math.max(width, child.computeSize(SWT.DEFAULT, SWT.DEFAULT, changed).x);
		}
		return width + 2 * MARGIN;
	}
}
