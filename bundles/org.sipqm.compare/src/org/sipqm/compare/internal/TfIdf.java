package org.sipqm.compare.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors over a fixed corpus of short texts, compared by cosine similarity.
 * <p>
 * A text is lower-cased and split into runs of letters and digits. Stop words and one-letter tokens
 * are dropped, and a light suffix stemmer folds plural and verb endings ("schools", "monitoring",
 * "monitored" to "school", "monitor"). A term weighs {@code tf * idf}, where {@code tf} is its count in
 * the text and {@code idf = ln((1 + n) / (1 + df)) + 1} for {@code n} texts, {@code df} of them holding
 * the term. Vectors are normalised to length 1, so the cosine is their dot product.
 */
public final class TfIdf {

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
			"from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "there",
			"this", "to", "with", "which", "who", "will", "all", "any", "how", "what", "where", "when", "they",
			"these", "those", "been", "was", "were", "do", "does", "not");

	private final Map<String, Double> inverseDocumentFrequency = new HashMap<>();
	private final int documentCount;

	/** Builds the document frequencies of the given corpus. */
	public TfIdf(List<String> corpus) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String text : corpus) {
			for (String term : Set.copyOf(tokens(text))) {
				documentFrequency.merge(term, 1, Integer::sum);
			}
		}
		documentCount = corpus.size();
		documentFrequency.forEach((term, frequency) -> inverseDocumentFrequency.put(term,
				Math.log((1.0 + documentCount) / (1.0 + frequency)) + 1));
	}

	/** Returns the normalised vector of a text; terms outside the corpus weigh as if in no text. */
	public Map<String, Double> vector(String text) {
		Map<String, Double> vector = new HashMap<>();
		for (String term : tokens(text)) {
			vector.merge(term, 1.0, Double::sum);
		}
		double unseen = Math.log(1.0 + documentCount) + 1;
		vector.replaceAll((term, count) -> count * inverseDocumentFrequency.getOrDefault(term, unseen));

		double length = Math.sqrt(vector.values().stream().mapToDouble(weight -> weight * weight).sum());
		if (length > 0) {
			vector.replaceAll((term, weight) -> weight / length);
		}
		return vector;
	}

	/** Returns the cosine similarity of two normalised vectors. */
	public static double cosine(Map<String, Double> first, Map<String, Double> second) {
		Map<String, Double> smaller = first.size() <= second.size() ? first : second;
		Map<String, Double> larger = smaller == first ? second : first;
		double dot = 0;
		for (Map.Entry<String, Double> entry : smaller.entrySet()) {
			dot += entry.getValue() * larger.getOrDefault(entry.getKey(), 0.0);
		}
		return Math.min(1, dot);
	}

	static List<String> tokens(String text) {
		if (text == null) {
			return List.of();
		}
		return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
				.filter(token -> token.length() > 1 && !STOP_WORDS.contains(token))
				.map(TfIdf::stem)
				.toList();
	}

	static String stem(String token) {
		for (String suffix : List.of("ing", "ed", "es", "s")) {
			if (token.endsWith(suffix) && token.length() - suffix.length() >= 4 && !token.endsWith("ss")) {
				return token.substring(0, token.length() - suffix.length());
			}
		}
		return token;
	}
}
