package org.sipqm.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable reference to a criterion: framework id, edition, schedule number and criterion code,
 * written {@code urn:sipqm:<framework>:<edition>:<schedule>:<code>}, for example
 * {@code urn:sipqm:sip-qm:1:4:1.1.3}. Evaluations refer to criteria by this URI so that their files
 * stay valid when the framework resource moves.
 */
public record CriterionUri(String framework, String edition, int schedule, String code) {

	private static final String PREFIX = "urn:sipqm:";
	private static final Pattern FORM = Pattern.compile("urn:sipqm:([A-Za-z0-9._-]+):([A-Za-z0-9._-]+):(\\d+):(\\S+)");

	public CriterionUri {
		Objects.requireNonNull(framework, "framework");
		Objects.requireNonNull(edition, "edition");
		Objects.requireNonNull(code, "code");
	}

	/**
	 * Parses a criterion URI.
	 *
	 * @throws IllegalArgumentException when the text is not of the form
	 *                                  {@code urn:sipqm:<framework>:<edition>:<schedule>:<code>}
	 */
	public static CriterionUri parse(String text) {
		Matcher matcher = text == null ? null : FORM.matcher(text.strip());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("Invalid criterion URI '" + text
					+ "': expected urn:sipqm:<framework>:<edition>:<schedule>:<code>, for example urn:sipqm:sip-qm:1:4:1.1.3");
		}
		return new CriterionUri(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)), matcher.group(4));
	}

	/** Returns the edition key {@code <framework>/<edition>} that evaluations record. */
	public String editionKey() {
		return framework + "/" + edition;
	}

	@Override
	public String toString() {
		return PREFIX + framework + ":" + edition + ":" + schedule + ":" + code;
	}
}
