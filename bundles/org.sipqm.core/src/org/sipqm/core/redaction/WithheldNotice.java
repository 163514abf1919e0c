package org.sipqm.core.redaction;

/**
 * A line that a shared document shows in place of withheld material: how much of which kind was
 * left out and why, never what it was.
 *
 * @param kind    what was withheld
 * @param count   how many were withheld
 * @param message the sentence to show, in British English
 */
public record WithheldNotice(Kind kind, int count, String message) {

	/** The kinds of material that can be withheld. */
	public enum Kind {
		EVIDENCE_ITEMS, RESPONSES, RATIONALES, ACTIONS
	}
}
