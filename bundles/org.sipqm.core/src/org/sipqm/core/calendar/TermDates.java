package org.sipqm.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

import org.sipqm.model.organisation.Term;

/**
 * The dates within which the validator accepts an evaluation of each term. Term dates in England
 * are set by each local authority and the summer term starts after Easter, so the ranges are the
 * widest a term can take: spring and summer overlap in April.
 *
 * <pre>
 * term    first day     last day      calendar year
 * autumn  1 September   31 December   the year the academic year starts
 * spring  1 January     30 April      the year after
 * summer  1 April       31 August     the year after
 * </pre>
 */
public final class TermDates {

	private enum Window {
		AUTUMN(MonthDay.of(9, 1), MonthDay.of(12, 31), 0),
		SPRING(MonthDay.of(1, 1), MonthDay.of(4, 30), 1),
		SUMMER(MonthDay.of(4, 1), MonthDay.of(8, 31), 1);

		private final MonthDay first;
		private final MonthDay last;
		private final int yearOffset;

		Window(MonthDay first, MonthDay last, int yearOffset) {
			this.first = first;
			this.last = last;
			this.yearOffset = yearOffset;
		}
	}

	private TermDates() {
	}

	/** Returns the dates that count as the term in the academic year. */
	public static DateRange of(AcademicYear year, Term term) {
		Window window = Window.valueOf(term.name());
		int calendarYear = year.startYear() + window.yearOffset;
		LocalDate first = window.first.atYear(calendarYear);
		LocalDate last = window.last.atYear(calendarYear);
		return new DateRange(first, last);
	}

	public static boolean contains(AcademicYear year, Term term, LocalDate date) {
		return of(year, term).contains(date);
	}
}
