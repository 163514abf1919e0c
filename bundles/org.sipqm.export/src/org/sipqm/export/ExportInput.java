package org.sipqm.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.model.organisation.Organisation;

/**
 * What a writer exports: evaluations already made fit for the audience by the redaction service,
 * with the notices of what was withheld from each.
 *
 * @param audience     who the document is for
 * @param evaluations  the redacted evaluations, in the order of their files in the workspace
 * @param organisation the workspace's organisation, when organisation.xmi could be loaded
 * @param producedOn   the date to print as the date the document was produced
 */
public record ExportInput(Audience audience, List<RedactedEvaluation> evaluations, Optional<Organisation> organisation,
		LocalDate producedOn) {

	public ExportInput {
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(organisation, "organisation");
		Objects.requireNonNull(producedOn, "producedOn");
		evaluations = List.copyOf(evaluations);
	}

	/** Returns the one evaluation of an input for an exporter of {@link ExportScope#EVALUATION} scope. */
	public RedactedEvaluation single() {
		if (evaluations.size() != 1) {
			throw new IllegalStateException("Expected one evaluation, but the input contains " + evaluations.size());
		}
		return evaluations.get(0);
	}
}
