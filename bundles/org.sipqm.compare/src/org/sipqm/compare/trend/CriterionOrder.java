package org.sipqm.compare.trend;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sipqm.model.CriterionUri;

/**
 * Orders criterion URIs as a framework prints them: by framework, edition and schedule, then by code
 * with its numbers compared as numbers, so that 1.1.2 comes before 1.1.10 and 2.3 before 2.3a.
 * Text that is not a criterion URI sorts after every URI, in text order.
 */
final class CriterionOrder implements Comparator<String> {

	static final CriterionOrder INSTANCE = new CriterionOrder();

	private static final Pattern PART = Pattern.compile("(\\d+)|(\\D+)");

	private CriterionOrder() {
	}

	@Override
	public int compare(String first, String second) {
		CriterionUri firstUri = parse(first);
		CriterionUri secondUri = parse(second);
		if (firstUri == null && secondUri == null) {
			return first.compareTo(second);
		}
		if (firstUri == null) {
			return 1;
		}
		if (secondUri == null) {
			return -1;
		}

		int result = Comparator.comparing(CriterionUri::framework).thenComparing(CriterionUri::edition)
				.thenComparingInt(CriterionUri::schedule).compare(firstUri, secondUri);
		return result != 0 ? result : compareCodes(firstUri.code(), secondUri.code());
	}

	static int compareCodes(String first, String second) {
		Matcher firstParts = PART.matcher(first);
		Matcher secondParts = PART.matcher(second);
		while (firstParts.find()) {
			if (!secondParts.find()) {
				return 1;
			}
			int result = comparePart(firstParts, secondParts);
			if (result != 0) {
				return result;
			}
		}
		return secondParts.find() ? -1 : 0;
	}

	private static int comparePart(Matcher first, Matcher second) {
		if (first.group(1) != null && second.group(1) != null) {
			int result = Long.compare(Long.parseLong(first.group(1)), Long.parseLong(second.group(1)));
			return result != 0 ? result : first.group(1).compareTo(second.group(1));
		}
		return first.group().compareTo(second.group());
	}

	private static CriterionUri parse(String text) {
		try {
			return CriterionUri.parse(text);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
