package org.sipqm.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of calendar dates: both the first and the last day belong to it. */
public record DateRange(LocalDate first, LocalDate last) {

	public DateRange {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("Invalid date range: " + last + " is before " + first);
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(first) && !date.isAfter(last);
	}
}
