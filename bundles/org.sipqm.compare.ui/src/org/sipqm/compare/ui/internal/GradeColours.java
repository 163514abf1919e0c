package org.sipqm.compare.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sipqm.model.evaluation.Grade;

/** Cell backgrounds of the four grades, from green for outstanding to red, light enough for black text. */
final class GradeColours {

	private static final Map<Grade, RGB> COLOURS = new EnumMap<>(Map.of(
			Grade.OUTSTANDING, new RGB(87, 187, 138),
			Grade.GOOD, new RGB(183, 225, 160),
			Grade.REQUIRES_SOME_IMPROVEMENT, new RGB(255, 214, 102),
			Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT, new RGB(240, 128, 110)));

	private GradeColours() {
	}

	/**
	 * Returns the background of a grade, or null for the table's own background. The colour needs no
	 * disposal because SWT 3.120 and later do not allocate system resources for a colour made from an RGB.
	 */
	static Color of(Grade grade) {
		RGB rgb = COLOURS.get(grade);
		return rgb == null ? null : new Color(rgb);
	}
}
