package org.sipqm.core.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.sipqm.core.Evaluations;
import org.sipqm.core.redaction.Redaction;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.School;

/**
 * An index over every evidence item of a workspace, for the evidence browser: filtering by free
 * text and by column, sorting by any column, and counts. Each entry keeps its search text in lower
 * case, so a query scans plain strings and not the model. When the text of a query extends that of
 * the query before it, as it does while the user types a word, only the previous matches are
 * scanned again. Each column is sorted once, on its first use and for dates when the index is
 * built, so that a query returns its matches in order without sorting them.
 * <p>
 * The index does not follow changes to the model: call {@link #update(Evaluation)} after an
 * evaluation's evidence, judgements or responses change. The methods are synchronized, so a
 * background job may build queries while the UI thread reads earlier results.
 */
public final class EvidenceIndex {

	private final Workspace workspace;
	private EvidenceEntry[] entries;
	private String[] searchTexts;
	/** For each column sorted by so far, the entry positions in ascending order of that column. */
	private final Map<EvidenceColumn, int[]> sortOrders = new EnumMap<>(EvidenceColumn.class);

	private EvidenceFilter lastFilter;
	private int[] lastMatches;

	private EvidenceIndex(Workspace workspace) {
		this.workspace = workspace;
	}

	/** Builds the index of every evidence item of the workspace's evaluations, in evaluation order. */
	public static EvidenceIndex build(Workspace workspace) {
		EvidenceIndex index = new EvidenceIndex(workspace);
		List<EvidenceEntry> entries = new ArrayList<>();
		for (Evaluation evaluation : workspace.evaluations()) {
			entries.addAll(entriesOf(evaluation));
		}
		index.replaceAll(entries);
		return index;
	}

	/** Returns the workspace that the index covers. */
	public Workspace workspace() {
		return workspace;
	}

	/** Returns the number of evidence items in the index. */
	public synchronized int size() {
		return entries.length;
	}

	/** Returns every entry, in evaluation order. */
	public synchronized List<EvidenceEntry> entries() {
		return List.of(entries);
	}

	/** Returns the entry of the item, or null when the index does not contain it. */
	public synchronized EvidenceEntry entryOf(EvidenceItem item) {
		for (EvidenceEntry entry : entries) {
			if (entry.item() == item) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * Returns the entries that pass the filter, sorted by the column.
	 *
	 * @param sort      the column to sort by, or null to keep evaluation order
	 * @param ascending the direction of the sort
	 */
	public synchronized EvidenceQuery query(EvidenceFilter filter, EvidenceColumn sort, boolean ascending) {
		int[] matches = matches(filter);
		List<EvidenceEntry> result = new ArrayList<>(matches.length);
		if (sort == null) {
			for (int position : matches) {
				result.add(entries[position]);
			}
		} else {
			addInOrder(matches, sortOrder(sort), ascending, result);
		}
		return new EvidenceQuery(filter, result, entries.length);
	}

	/**
	 * Adds the matching entries in the order of a column by walking the column's sort order once,
	 * which costs the same for any number of matches and needs no comparisons.
	 */
	private void addInOrder(int[] matches, int[] order, boolean ascending, List<EvidenceEntry> result) {
		BitSet matching = new BitSet(entries.length);
		for (int position : matches) {
			matching.set(position);
		}
		for (int i = 0; i < order.length; i++) {
			int position = order[ascending ? i : order.length - 1 - i];
			if (matching.get(position)) {
				result.add(entries[position]);
			}
		}
	}

	/** Returns the entry positions in ascending order of the column, sorting them on the first request. */
	private int[] sortOrder(EvidenceColumn column) {
		return sortOrders.computeIfAbsent(column, key -> {
			Comparator<EvidenceEntry> order = key.order();
			return IntStream.range(0, entries.length).boxed()
					.sorted((first, second) -> order.compare(entries[first], entries[second]))
					.mapToInt(Integer::intValue)
					.toArray();
		});
	}

	/**
	 * Replaces the entries of the evaluation with new ones, after its evidence, judgements or
	 * responses changed, or adds them when the evaluation is new to the index.
	 */
	public synchronized void update(Evaluation evaluation) {
		List<EvidenceEntry> updated = new ArrayList<>(entries.length + 8);
		boolean added = false;
		for (EvidenceEntry entry : entries) {
			if (entry.evaluation() != evaluation) {
				updated.add(entry);
			} else if (!added) {
				updated.addAll(entriesOf(evaluation));
				added = true;
			}
		}
		if (!added) {
			updated.addAll(entriesOf(evaluation));
		}
		replaceAll(updated);
	}

	private void replaceAll(List<EvidenceEntry> newEntries) {
		entries = newEntries.toArray(EvidenceEntry[]::new);
		searchTexts = new String[entries.length];
		for (int i = 0; i < entries.length; i++) {
			searchTexts[i] = searchText(entries[i]);
		}
		lastFilter = null;
		lastMatches = null;
		sortOrders.clear();
		sortOrder(EvidenceColumn.DATE);
	}

	/** Returns the positions of the matching entries, refining the last matches when the filter narrows them. */
	private int[] matches(EvidenceFilter filter) {
		String[] words = filter.words();
		int[] candidates = narrows(filter, words) ? lastMatches : null;
		int count = candidates == null ? entries.length : candidates.length;

		int[] result = new int[count];
		int found = 0;
		for (int i = 0; i < count; i++) {
			int position = candidates == null ? i : candidates[i];
			if (containsAll(searchTexts[position], words) && filter.matchesColumns(entries[position])) {
				result[found++] = position;
			}
		}
		lastFilter = filter;
		lastMatches = Arrays.copyOf(result, found);
		return lastMatches;
	}

	/**
	 * Returns whether every entry that passes the filter also passed the last one: the column
	 * filters are the same, and each word of the last text is part of a word of the new text.
	 */
	private boolean narrows(EvidenceFilter filter, String[] words) {
		if (lastFilter == null || !filter.sameColumns(lastFilter)) {
			return false;
		}
		for (String lastWord : lastFilter.words()) {
			if (Arrays.stream(words).noneMatch(word -> word.contains(lastWord))) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsAll(String text, String[] words) {
		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Returns the entries of the evaluation's evidence items, with the criteria and judgements that link each. */
	static List<EvidenceEntry> entriesOf(Evaluation evaluation) {
		Map<EvidenceItem, TreeSet<String>> criteria = new IdentityHashMap<>();
		Map<EvidenceItem, List<Judgement>> judgements = new IdentityHashMap<>();
		for (Judgement judgement : evaluation.getJudgements()) {
			for (EvidenceItem item : judgement.getEvidence()) {
				judgements.computeIfAbsent(item, key -> new ArrayList<>()).add(judgement);
				addCode(criteria, item, judgement.getCriterion());
			}
		}
		if (evaluation instanceof HeadteacherDiscussion discussion) {
			for (Response response : discussion.getResponses()) {
				for (EvidenceItem item : response.getEvidence()) {
					addCode(criteria, item, response.getCriterion());
				}
			}
		}

		LocalAuthority authority = evaluation.getLocalAuthority();
		boolean knownAuthority = authority != null && !authority.eIsProxy();
		School school = schoolOf(evaluation);
		int schedule = Evaluations.scheduleOf(evaluation);
		List<EvidenceEntry> result = new ArrayList<>(evaluation.getEvidence().size());
		for (EvidenceItem item : evaluation.getEvidence()) {
			result.add(new EvidenceEntry(item, evaluation, knownAuthority ? text(authority.getId()) : "",
					knownAuthority ? text(authority.getName()) : "", school == null ? "" : text(school.getId()),
					school == null ? "" : text(school.getName()), schedule, evaluation.getTerm(),
					text(evaluation.getAcademicYear()), List.copyOf(criteria.getOrDefault(item, new TreeSet<>())),
					judgements.getOrDefault(item, List.of()), Redaction.isRestricted(item)));
		}
		return result;
	}

	private static void addCode(Map<EvidenceItem, TreeSet<String>> criteria, EvidenceItem item, String criterionUri) {
		try {
			criteria.computeIfAbsent(item, key -> new TreeSet<>(CODE_ORDER)).add(CriterionUri.parse(criterionUri).code());
		} catch (IllegalArgumentException e) {
			// A criterion that is not a URI is reported by the validator; the item is indexed without it.
		}
	}

	/** Orders codes such as 1.1.10 after 1.1.9. */
	private static final Comparator<String> CODE_ORDER = CriterionCodes::compare;

	private static School schoolOf(Evaluation evaluation) {
		School school = switch (evaluation) {
		case HeadteacherDiscussion discussion -> discussion.getSchool();
		case ShadowVisit visit -> visit.getSchool();
		default -> null;
		};
		return school == null || school.eIsProxy() ? null : school;
	}

	private static String searchText(EvidenceEntry entry) {
		EvidenceItem item = entry.item();
		StringBuilder text = new StringBuilder(256);
		append(text, item.getId());
		append(text, item.getTitle());
		append(text, item.getSource());
		append(text, item.getDescription());
		append(text, entry.localAuthority());
		append(text, entry.school());
		for (String code : entry.criteria()) {
			append(text, code);
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static void append(StringBuilder text, String value) {
		if (value != null && !value.isEmpty()) {
			text.append(value).append('\n');
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
