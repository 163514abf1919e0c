package org.sipqm.ui.internal.navigator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.SupportAssignment;

/** Labels a local authority with the support level of the latest term it has one for. */
final class SupportLabels {

	/** An academic year and term, comparable in time. */
	private record TermKey(int startYear, int term) implements Comparable<TermKey> {

		@Override
		public int compareTo(TermKey other) {
			return Comparator.comparingInt(TermKey::startYear).thenComparingInt(TermKey::term).compare(this, other);
		}
	}

	private SupportLabels() {
	}

	/**
	 * Returns the local authority's label followed by its support level in the latest term, for
	 * example "Derby (831) – targeted support". When the phases of that term have different
	 * levels, each phase is named; without any valid support assignment only the label remains.
	 */
	static String withLatestSupport(LocalAuthority authority) {
		String label = SipqmLabels.text(authority);
		List<SupportAssignment> latest = latestAssignments(authority);
		if (latest.isEmpty()) {
			return label;
		}

		List<SupportKind> levels = latest.stream().map(SupportAssignment::getLevel).distinct().toList();
		String support = levels.size() == 1 ? supportText(levels.get(0))
				: latest.stream()
						.map(assignment -> NLS.bind(Messages.Navigator_supportForPhase, supportText(assignment.getLevel()),
								SipqmLabels.phase(assignment.getPhase())))
						.collect(Collectors.joining(", ")); //$NON-NLS-1$
		return NLS.bind(Messages.Navigator_authorityWithSupport, label, support);
	}

	private static List<SupportAssignment> latestAssignments(LocalAuthority authority) {
		Optional<TermKey> latest = authority.getSupportLevels().stream()
				.map(SupportLabels::termKey)
				.flatMap(Optional::stream)
				.max(Comparator.naturalOrder());
		return latest.map(key -> authority.getSupportLevels().stream()
				.filter(assignment -> termKey(assignment).equals(Optional.of(key)))
				.toList())
				.orElse(List.of());
	}

	private static Optional<TermKey> termKey(SupportAssignment assignment) {
		try {
			int term = assignment.getTerm() == null ? 0 : assignment.getTerm().getValue();
			return Optional.of(new TermKey(AcademicYear.parse(assignment.getAcademicYear()).startYear(), term));
		} catch (IllegalArgumentException e) {
			// An invalid academic year, which the validator reports; the assignment is not shown.
			return Optional.empty();
		}
	}

	private static String supportText(SupportKind kind) {
		return switch (kind) {
		case INTENSIVE -> Messages.Navigator_supportIntensive;
		case TARGETED -> Messages.Navigator_supportTargeted;
		case UNIVERSAL -> Messages.Navigator_supportUniversal;
		case null -> Messages.Navigator_supportUnknown;
		};
	}
}
