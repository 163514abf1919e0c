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
 * @param subject      what an exporter of {@link ExportScope#SUBJECT} scope writes about, such as
 *                     the coverage of a crosswalk, or empty for an export of evaluations
 */
public record ExportInput(Audience audience, List<RedactedEvaluation> evaluations, Optional<Organisation> organisation,
		LocalDate producedOn, Optional<Object> subject) {

	public ExportInput {
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(organisation, "organisation");
		Objects.requireNonNull(producedOn, "producedOn");
		Objects.requireNonNull(subject, "subject");
		evaluations = List.copyOf(evaluations);
	}

	/** Creates the input of an export of evaluations, which has no subject. */
	public ExportInput(Audience audience, List<RedactedEvaluation> evaluations, Optional<Organisation> organisation,
			LocalDate producedOn) {
		this(audience, evaluations, organisation, producedOn, Optional.empty());
	}

	/**
	 * Returns the subject as the given type.
	 *
	 * @throws IllegalStateException when the input has no subject or one of another type
	 */
	public <T> T subject(Class<T> type) {
		Object value = subject.orElseThrow(() -> new IllegalStateException("Expected a subject of type "
				+ type.getName() + ", but the input has none"));
		if (!type.isInstance(value)) {
			throw new IllegalStateException("Expected a subject of type " + type.getName() + ", but the input has a "
					+ value.getClass().getName());
		}
		return type.cast(value);
	}

	/** Returns the one evaluation of an input for an exporter of {@link ExportScope#EVALUATION} scope. */
	public RedactedEvaluation single() {
		if (evaluations.size() != 1) {
			throw new IllegalStateException("Expected one evaluation, but the input contains " + evaluations.size());
		}
		return evaluations.get(0);
	}
}
