package org.sipqm.ui.internal.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.sipqm.model.evaluation.Grade;

/** Colours and formats shared by the blocks of the evaluation form. */
final class FormStyle {

	/** Dates as English readers write them, such as "4 October 2007". */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK); //$NON-NLS-1$

	// Colours with a contrast ratio of at least 4.5:1 on white, so that small text stays legible.
	// SWT colours made from RGB values hold no operating system resource and need no disposal.
	static final Color STRONG = new Color(0x1B, 0x6E, 0x2F);
	static final Color SOUND = new Color(0x1F, 0x3B, 0x5A);
	static final Color WEAK = new Color(0x8A, 0x55, 0x00);
	static final Color INADEQUATE = new Color(0xA3, 0x1F, 0x14);
	static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
	static final Color RESTRICTED = INADEQUATE;

	private FormStyle() {
	}

	/** Returns the colour of a grade's label; the label itself always names the grade. */
	static Color gradeColour(Grade grade) {
		return switch (grade) {
		case OUTSTANDING -> STRONG;
		case GOOD -> SOUND;
		case REQUIRES_SOME_IMPROVEMENT -> WEAK;
		case REQUIRES_SUBSTANTIAL_IMPROVEMENT -> INADEQUATE;
		case NOT_JUDGED -> MUTED;
		case null -> MUTED;
		};
	}

	/** Returns the date as "4 October 2007", or "not recorded" for none. */
	static String date(LocalDate date) {
		return date == null ? Messages.Evaluation_notRecorded : DATE.format(date);
	}

	static String yesNo(boolean value) {
		return value ? Messages.Evaluation_yes : Messages.Evaluation_no;
	}

	static String orNotRecorded(String text) {
		return text == null || text.isBlank() ? Messages.Evaluation_notRecorded : text;
	}
}
