package org.sipqm.ui.internal.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.Term;

/**
 * The evaluations of a workspace by local authority, academic year and term, as the navigator
 * shows them. Evaluations whose local authority is missing, unresolved or not in the
 * organisation are filed under the null local authority.
 */
final class EvaluationIndex {

	/** Newest academic year first; labels that are no valid academic year come last, in text order. */
	private static final Comparator<String> YEAR_ORDER = Comparator
			.comparing(EvaluationIndex::startYear, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Comparator.nullsLast(Comparator.<String>naturalOrder()));

	/** By date, undated last, then by label so that the order is stable. */
	private static final Comparator<Evaluation> DATE_ORDER = Comparator
			.comparing(Evaluation::getDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(SipqmLabels::evaluation);

	private final Map<LocalAuthority, List<Evaluation>> byAuthority = new HashMap<>();

	EvaluationIndex(Workspace workspace) {
		Set<LocalAuthority> known = new HashSet<>();
		workspace.organisation().<List<Region>>map(Organisation::getRegions).orElse(List.of())
				.forEach(region -> known.addAll(region.getLocalAuthorities()));

		for (Evaluation evaluation : workspace.evaluations()) {
			LocalAuthority authority = evaluation.getLocalAuthority();
			LocalAuthority key = known.contains(authority) ? authority : null;
			byAuthority.computeIfAbsent(key, unused -> new ArrayList<>()).add(evaluation);
		}
	}

	/** Returns the number of evaluations of the local authority. */
	int count(LocalAuthority authority) {
		return byAuthority.getOrDefault(authority, List.of()).size();
	}

	/** Returns whether some evaluations have no local authority of the organisation. */
	boolean hasUnassigned() {
		return byAuthority.containsKey(null);
	}

	/** Returns the academic years of the local authority's evaluations, newest first. */
	List<String> years(LocalAuthority authority) {
		return byAuthority.getOrDefault(authority, List.of()).stream()
				.map(Evaluation::getAcademicYear)
				.distinct()
				.sorted(YEAR_ORDER)
				.toList();
	}

	/** Returns the terms of the year that have evaluations, in the order of the school year. */
	List<Term> terms(LocalAuthority authority, String academicYear) {
		return inYear(authority, academicYear).stream()
				.map(Evaluation::getTerm)
				.distinct()
				.sorted(Comparator.nullsLast(Comparator.naturalOrder()))
				.toList();
	}

	/** Returns the evaluations of one term, ordered by date. */
	List<Evaluation> evaluations(LocalAuthority authority, String academicYear, Term term) {
		return inYear(authority, academicYear).stream()
				.filter(evaluation -> evaluation.getTerm() == term)
				.sorted(DATE_ORDER)
				.toList();
	}

	/** Returns the local authority under which the evaluation is filed, or null for none. */
	LocalAuthority authorityOf(Evaluation evaluation) {
		LocalAuthority authority = evaluation.getLocalAuthority();
		return byAuthority.containsKey(authority) && authority != null ? authority : null;
	}

	/** Returns the regions of the organisation in model order. */
	static List<Region> regions(Workspace workspace) {
		return workspace.organisation().map(Organisation::getRegions).map(List::copyOf).orElse(List.of());
	}

	private List<Evaluation> inYear(LocalAuthority authority, String academicYear) {
		return byAuthority.getOrDefault(authority, List.of()).stream()
				.filter(evaluation -> Objects.equals(evaluation.getAcademicYear(), academicYear))
				.toList();
	}

	private static Integer startYear(String academicYear) {
		try {
			return AcademicYear.parse(academicYear).startYear();
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
