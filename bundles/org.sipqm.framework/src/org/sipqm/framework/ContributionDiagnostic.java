package org.sipqm.framework;

/**
 * The reason why the registry rejected a framework contribution. A rejected contribution adds
 * nothing, and the national framework and the other contributions load without it.
 *
 * @param contributor symbolic name of the plug-in whose contribution was rejected
 * @param resource    the fragment resource as declared, or "(no resource)"
 * @param element     the element of the fragment at fault, for example
 *                    {@code schedule 4 > section 1.2 > criterion 1.2.1}, or the fragment
 *                    itself when the fault lies in the declaration or the file
 * @param message     what is wrong and how to correct it
 */
public record ContributionDiagnostic(String contributor, String resource, String element, String message) {

	/** Returns the full diagnostic as one line: plug-in, resource, element and message. */
	@Override
	public String toString() {
		return "Framework contribution of " + contributor + " (" + resource + ") rejected: " + element + ": " + message;
	}
}
