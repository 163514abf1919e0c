package org.sipqm.export.internal;

import org.sipqm.core.redaction.Audience;

/** Names of audiences for messages and documents. */
public final class Audiences {

	private Audiences() {
	}

	/** Returns the audience's name in running text, such as "shared". */
	public static String label(Audience audience) {
		return switch (audience) {
		case INTERNAL -> Messages.Audience_internal;
		case SHARED -> Messages.Audience_shared;
		};
	}
}
