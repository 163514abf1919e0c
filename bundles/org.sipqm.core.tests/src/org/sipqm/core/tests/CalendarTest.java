package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.calendar.TermDates;
import org.sipqm.model.organisation.Term;

class CalendarTest {

	@Test
	void academicYearParsesLabel() {
		AcademicYear year = AcademicYear.parse("2007/08");

		assertEquals(2007, year.startYear());
		assertEquals("2007/08", year.label());
		assertEquals("2007-08", year.folderName());
		assertEquals(LocalDate.of(2007, 9, 1), year.firstDay());
		assertEquals(LocalDate.of(2008, 8, 31), year.lastDay());
	}

	@Test
	void academicYearAcrossCentury() {
		assertEquals("1999/00", AcademicYear.parse("1999/00").label());
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource({ "2007-08", "2007/09", "07/08", "2007/8", "''" })
	void academicYearRejectsInvalidLabel(String label) {
		assertThrows(IllegalArgumentException.class, () -> AcademicYear.parse(label));
	}

	@Test
	void academicYearContainingDate() {
		assertEquals(new AcademicYear(2007), AcademicYear.containing(LocalDate.of(2007, 9, 1)));
		assertEquals(new AcademicYear(2007), AcademicYear.containing(LocalDate.of(2008, 8, 31)));
		assertEquals(new AcademicYear(2008), AcademicYear.containing(LocalDate.of(2008, 9, 1)));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
			"AUTUMN, 2007-09-01, true", "AUTUMN, 2007-12-31, true", "AUTUMN, 2007-08-31, false",
			"AUTUMN, 2008-01-01, false", "SPRING, 2008-01-01, true", "SPRING, 2008-04-30, true",
			"SPRING, 2008-05-01, false", "SUMMER, 2008-04-01, true", "SUMMER, 2008-03-31, false",
			"SUMMER, 2008-08-31, true", "SUMMER, 2008-09-01, false" })
	void termDatesBoundaries(Term term, LocalDate date, boolean inside) {
		assertEquals(inside, TermDates.contains(new AcademicYear(2007), term, date));
	}

	@Test
	void springAndSummerOverlapInApril() {
		AcademicYear year = new AcademicYear(2007);
		LocalDate easter = LocalDate.of(2008, 4, 14);

		assertTrue(TermDates.contains(year, Term.SPRING, easter));
		assertTrue(TermDates.contains(year, Term.SUMMER, easter));
		assertFalse(TermDates.contains(year, Term.AUTUMN, easter));
	}
}
