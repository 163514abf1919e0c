package org.sipqm.core.evidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result of one query of the {@link EvidenceIndex}: the matching entries in order, and the
 * counts the browser's count line and filter choices show.
 *
 * @param filter  the filter that chose the entries
 * @param entries the matching entries, sorted as requested
 * @param total   the number of entries in the index
 */
public record EvidenceQuery(EvidenceFilter filter, List<EvidenceEntry> entries, int total) {

	public EvidenceQuery {
		entries = List.copyOf(entries);
	}

	/** Returns the number of matching entries. */
	public int count() {
		return entries.size();
	}

	/** Returns the number of matching entries that are restricted. */
	public long restrictedCount() {
		return entries.stream().filter(EvidenceEntry::restricted).count();
	}

	/**
	 * Returns the number of matching entries for each value of a key, such as the kind, in the
	 * key's natural order. Entries whose key is null are left out.
	 */
	public <K extends Comparable<K>> Map<K, Integer> countBy(Function<EvidenceEntry, K> key) {
		Map<K, Integer> counts = new TreeMap<>();
		for (EvidenceEntry entry : entries) {
			K value = key.apply(entry);
			if (value != null) {
				counts.merge(value, 1, Integer::sum);
			}
		}
		return counts;
	}
}
