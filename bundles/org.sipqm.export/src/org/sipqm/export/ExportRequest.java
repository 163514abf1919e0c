package org.sipqm.export;

import java.util.List;
import java.util.Objects;

import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;

/**
 * What to export: evaluations of an open workspace, for an audience.
 *
 * @param workspace   the workspace that holds the evaluations and the organisation
 * @param evaluations the evaluations chosen, as stored; each exporter takes those it accepts
 * @param audience    who the documents are for, which decides what the redaction service withholds
 */
public record ExportRequest(Workspace workspace, List<Evaluation> evaluations, Audience audience) {

	public ExportRequest {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(audience, "audience");
		evaluations = List.copyOf(evaluations);
	}
}
