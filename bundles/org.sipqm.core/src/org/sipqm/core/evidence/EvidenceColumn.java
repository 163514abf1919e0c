package org.sipqm.core.evidence;

import java.util.Comparator;

/**
 * The columns of the evidence index, each with the order it sorts by. Entries that tie are
 * ordered by evidence item id, so that every sort is stable and repeatable.
 */
public enum EvidenceColumn {
	TITLE(Comparator.comparing(EvidenceEntry::title, String.CASE_INSENSITIVE_ORDER)),
	KIND(Comparator.comparing(entry -> entry.kind().getValue())),
	DATE(Comparator.comparing(EvidenceEntry::date, Comparator.nullsFirst(Comparator.naturalOrder()))),
	LOCAL_AUTHORITY(Comparator.comparing(EvidenceEntry::localAuthority, String.CASE_INSENSITIVE_ORDER)),
	SCHOOL(Comparator.comparing(EvidenceEntry::school, String.CASE_INSENSITIVE_ORDER)),
	SCHEDULE(Comparator.comparingInt(EvidenceEntry::schedule)),
	TERM(Comparator.comparing(EvidenceEntry::academicYear)
			.thenComparing(entry -> entry.term() == null ? -1 : entry.term().getValue())),
	ACADEMIC_YEAR(Comparator.comparing(EvidenceEntry::academicYear)),
	CRITERIA(Comparator.comparing(entry -> String.join(" ", entry.criteria()))),
	JUDGEMENTS(Comparator.comparingInt(entry -> entry.judgements().size())),
	IMPACT(Comparator.comparing(entry -> entry.impact().getValue())),
	RESTRICTED(Comparator.comparing(EvidenceEntry::restricted));

	private final Comparator<EvidenceEntry> order;

	EvidenceColumn(Comparator<EvidenceEntry> order) {
		this.order = order.thenComparing(EvidenceEntry::id);
	}

	/** Returns the ascending order of the column. */
	public Comparator<EvidenceEntry> order() {
		return order;
	}

	/** Returns the order of the column in the given direction. */
	public Comparator<EvidenceEntry> order(boolean ascending) {
		return ascending ? order : order.reversed();
	}
}
