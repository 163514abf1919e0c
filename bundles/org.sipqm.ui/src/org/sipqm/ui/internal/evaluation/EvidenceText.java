package org.sipqm.ui.internal.evaluation;

import java.time.LocalDate;

import org.eclipse.swt.graphics.Color;
import org.sipqm.model.evaluation.EvidenceKind;

/** The words and colours of the evaluation view for evidence items, for the editors to show items alike. */
public final class EvidenceText {

	private EvidenceText() {
	}

	/** Returns the name of a kind of evidence, such as "meeting record". */
	public static String kind(EvidenceKind kind) {
		return AnswerText.kind(kind);
	}

	/** Returns the date as the evaluation view writes it, such as "14 February 2008", or "not recorded". */
	public static String date(LocalDate date) {
		return FormStyle.date(date);
	}

	/** Returns the marker of an item that concerns an individual's performance. */
	public static String restricted() {
		return Messages.Evaluation_restricted;
	}

	/** Returns the colour of restricted items. */
	public static Color restrictedColour() {
		return FormStyle.RESTRICTED;
	}

	/** Returns the colour of secondary details. */
	public static Color mutedColour() {
		return FormStyle.MUTED;
	}
}
