package org.sipqm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.sipqm.compare.internal.TfIdf;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.framework.Criterion;

/**
 * Ranks national criteria for each local criterion by how alike their wording is: the cosine
 * similarity of TF-IDF vectors of the statement and its sub-items, with document frequencies taken
 * over both frameworks together (see {@link TfIdf}). Ranking reads the crosswalk and never changes it.
 */
public final class SuggestionRanker {

	/**
	 * Similarity below which a pair is not suggested.
	 * NOTE: a starting value, not yet tuned against real local frameworks.
	 */
	public static final double DEFAULT_MINIMUM_SIMILARITY = 0.15;

	private final CriterionIndex local;
	private final CriterionIndex national;
	private final IntPredicate nationalSchedules;

	public SuggestionRanker(CriterionIndex local, CriterionIndex national, IntPredicate nationalSchedules) {
		this.local = local;
		this.national = national;
		this.nationalSchedules = nationalSchedules;
	}

	/**
	 * Returns up to {@code limit} suggestions for each local criterion that the crosswalk does not yet
	 * map, best first within each local criterion, local criteria in document order. A local criterion
	 * with any mapping, including one to no counterpart, gets no suggestions. Pairs below
	 * {@code minimumSimilarity} and pairs that the crosswalk records as rejected are left out, and the
	 * next best pair takes a rejected pair's place within the limit.
	 */
	public List<Suggestion> suggest(Crosswalk crosswalk, int limit, double minimumSimilarity) {
		Set<String> mappedLocal = crosswalk.getMappings().stream().map(Mapping::getLocalCriterion)
				.collect(Collectors.toSet());
		Set<List<String>> rejected = crosswalk.getRejections().stream()
				.map(rejection -> List.of(rejection.getLocalCriterion(), rejection.getNationalCriterion()))
				.collect(Collectors.toSet());
		List<Criterion> localCriteria = criteria(local, schedule -> true);
		List<Criterion> nationalCriteria = criteria(national, nationalSchedules);

		List<String> corpus = new ArrayList<>();
		localCriteria.forEach(criterion -> corpus.add(text(criterion)));
		nationalCriteria.forEach(criterion -> corpus.add(text(criterion)));
		TfIdf tfIdf = new TfIdf(corpus);
		List<Map<String, Double>> nationalVectors = nationalCriteria.stream().map(c -> tfIdf.vector(text(c))).toList();

		List<Suggestion> suggestions = new ArrayList<>();
		for (Criterion criterion : localCriteria) {
			String localUri = CriterionIndex.uriOf(criterion);
			if (!mappedLocal.contains(localUri)) {
				suggestions.addAll(rank(localUri, tfIdf.vector(text(criterion)), nationalCriteria, nationalVectors,
						limit, minimumSimilarity, rejected));
			}
		}
		return List.copyOf(suggestions);
	}

	private static List<Suggestion> rank(String localUri, Map<String, Double> localVector,
			List<Criterion> nationalCriteria, List<Map<String, Double>> nationalVectors, int limit,
			double minimumSimilarity, Set<List<String>> rejected) {
		List<Suggestion> ranked = new ArrayList<>();
		for (int i = 0; i < nationalCriteria.size(); i++) {
			double similarity = TfIdf.cosine(localVector, nationalVectors.get(i));
			String nationalUri = CriterionIndex.uriOf(nationalCriteria.get(i));
			if (similarity >= minimumSimilarity && !rejected.contains(List.of(localUri, nationalUri))) {
				ranked.add(new Suggestion(localUri, nationalUri, similarity));
			}
		}
		ranked.sort(Comparator.comparingDouble(Suggestion::similarity).reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	private static List<Criterion> criteria(CriterionIndex index, IntPredicate schedules) {
		return index.uris().stream().map(uri -> index.find(uri).orElseThrow())
				.filter(criterion -> schedules.test(CriterionIndex.scheduleOf(criterion))).toList();
	}

	private static String text(Criterion criterion) {
		return criterion.getStatement() + " " + String.join(" ", criterion.getSubItems());
	}
}
