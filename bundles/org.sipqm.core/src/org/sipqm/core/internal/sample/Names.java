package org.sipqm.core.internal.sample;

import java.util.Locale;
import java.util.Set;

import org.sipqm.model.organisation.Phase;

/** Fictional names of people, places and schools, put together from the phrase bank's lists. */
final class Names {

	private final PhraseBank phrases;
	private final SampleRandom random;

	Names(PhraseBank phrases, SampleRandom random) {
		this.phrases = phrases;
		this.random = random;
	}

	String person() {
		return phrases.pick("first-name", random) + " " + phrases.pick("surname", random);
	}

	/** Returns a place name such as "Larkholme". */
	String place() {
		return phrases.pick("place-first", random) + phrases.pick("place-second", random);
	}

	/** Returns a school name that is not in used yet, and adds it there. */
	String school(Phase phase, Set<String> used) {
		String section = "school-" + switch (phase) {
		case PRIMARY -> "primary";
		case SECONDARY -> "secondary";
		case SPECIAL -> "special";
		case PUPIL_REFERRAL_UNIT -> "pru";
		};

		String name;
		do {
			name = phrases.pick(section, random).replace("{place}", place());
		} while (!used.add(name.toLowerCase(Locale.ROOT)));
		return name;
	}
}
