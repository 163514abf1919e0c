package org.sipqm.core.redaction;

import java.util.List;

import org.sipqm.model.evaluation.Evaluation;

/**
 * An evaluation made fit for an audience: a copy, never the workspace's own object, with the
 * notices of what was withheld from it.
 *
 * @param evaluation the copy, in no resource, still referring to the workspace's organisation
 * @param withheld   one notice per kind of material withheld, empty when nothing was
 */
public record RedactedEvaluation(Evaluation evaluation, List<WithheldNotice> withheld) {

	public RedactedEvaluation {
		withheld = List.copyOf(withheld);
	}

	/** Returns whether anything was withheld. */
	public boolean anythingWithheld() {
		return !withheld.isEmpty();
	}
}
