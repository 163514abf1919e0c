package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.model.evaluation.Evaluation;

/** Helpers for the rules about an evaluation's year, term and date. */
final class EvaluationDates {

	/** Dates in messages, such as "1 September 2007". */
	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private EvaluationDates() {
	}

	/** Returns the evaluation's academic year, or null when it is missing or invalid. */
	static AcademicYear academicYear(Evaluation evaluation) {
		String year = evaluation.getAcademicYear();
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			return AcademicYear.parse(year);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	static String format(LocalDate date) {
		return LONG_DATE.format(date);
	}
}
