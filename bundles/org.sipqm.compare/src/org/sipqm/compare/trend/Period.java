package org.sipqm.compare.trend;

import java.util.Comparator;

import org.sipqm.model.organisation.Term;

/** A term of an academic year, such as the spring term of 2007/08; ordered by time. */
public record Period(String academicYear, Term term) implements Comparable<Period> {

	private static final Comparator<Period> ORDER = Comparator.comparing(Period::academicYear)
			.thenComparing(Period::term, Comparator.nullsFirst(Comparator.naturalOrder()));

	@Override
	public int compareTo(Period other) {
		return ORDER.compare(this, other);
	}
}
