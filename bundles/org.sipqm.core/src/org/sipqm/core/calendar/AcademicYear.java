package org.sipqm.core.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English school academic year, which runs from 1 September to 31 August. Evaluations record
 * it as a label such as {@code 2007/08}; the workspace folders use {@code 2007-08}.
 *
 * @param startYear the calendar year in which the academic year starts, 2007 for 2007/08
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

	private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

	/**
	 * Parses a label of the form {@code 2007/08}.
	 *
	 * @throws IllegalArgumentException when the text is not of that form, or the second year does
	 *                                  not follow the first
	 */
	public static AcademicYear parse(String label) {
		Matcher matcher = label == null ? null : LABEL.matcher(label.strip());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("Invalid academic year '" + label + "': expected the form 2007/08");
		}

		int start = Integer.parseInt(matcher.group(1));
		int end = Integer.parseInt(matcher.group(2));
		if ((start + 1) % 100 != end) {
			throw new IllegalArgumentException("Invalid academic year '" + label + "': the second year must follow "
					+ start + ", as in " + new AcademicYear(start).label());
		}
		return new AcademicYear(start);
	}

	/** Returns the academic year that contains the date. */
	public static AcademicYear containing(LocalDate date) {
		int start = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
		return new AcademicYear(start);
	}

	/** Returns the label that evaluations record, such as {@code 2007/08}. */
	public String label() {
		return String.format("%04d/%02d", startYear, (startYear + 1) % 100);
	}

	/** Returns the workspace folder name, such as {@code 2007-08}. */
	public String folderName() {
		return String.format("%04d-%02d", startYear, (startYear + 1) % 100);
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, Month.SEPTEMBER, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(startYear + 1, Month.AUGUST, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	@Override
	public int compareTo(AcademicYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}
}
