package org.sipqm.core.internal.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The generator's text, read from {@code phrases.txt} beside this class. */
final class PhraseBank {

	private static final String RESOURCE = "phrases.txt";

	private final Map<String, List<String>> sections;

	private PhraseBank(Map<String, List<String>> sections) {
		this.sections = sections;
	}

	static PhraseBank load() {
		try (InputStream in = PhraseBank.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The phrase bank " + RESOURCE + " is missing beside "
						+ PhraseBank.class.getName() + "; check that the build copies it into the bundle");
			}
			return new PhraseBank(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
		} catch (IOException e) {
			throw new UncheckedIOException("Failed to read the phrase bank " + RESOURCE, e);
		}
	}

	private static Map<String, List<String>> parse(BufferedReader reader) throws IOException {
		Map<String, List<String>> sections = new HashMap<>();
		List<String> current = null;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			if (text.startsWith("[") && text.endsWith("]")) {
				current = sections.computeIfAbsent(text.substring(1, text.length() - 1), name -> new ArrayList<>());
			} else if (current != null) {
				current.add(text);
			} else {
				throw new IllegalStateException("Invalid phrase bank " + RESOURCE + ": '" + text
						+ "' comes before the first [section] line");
			}
		}
		return sections;
	}

	/**
	 * Returns the entries of a section.
	 *
	 * @throws IllegalArgumentException when the bank has no such section
	 */
	List<String> entries(String section) {
		List<String> entries = sections.get(section);
		if (entries == null || entries.isEmpty()) {
			throw new IllegalArgumentException("The phrase bank " + RESOURCE + " has no entries in [" + section + "]");
		}
		return entries;
	}

	boolean has(String section) {
		return sections.containsKey(section);
	}

	String pick(String section, SampleRandom random) {
		return random.pick(entries(section));
	}

	/** Picks count different entries and joins them with spaces, as sentences of one paragraph. */
	String paragraph(String section, int count, SampleRandom random) {
		return String.join(" ", random.sample(entries(section), count));
	}

	/** Replaces each {name} in the template with its value; unknown names stay as they are. */
	static String fill(String template, Map<String, String> values) {
		String text = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
	}
}
