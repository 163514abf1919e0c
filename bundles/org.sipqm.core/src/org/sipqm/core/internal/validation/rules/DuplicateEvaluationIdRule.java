package org.sipqm.core.internal.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;
import org.sipqm.model.evaluation.Evaluation;

/** Each evaluation id must be used by one file only, because exports and links name evaluations by id. */
public class DuplicateEvaluationIdRule implements WorkspaceRule {

	@Override
	public String id() {
		return RuleIds.EVALUATION_DUPLICATE_ID;
	}

	@Override
	public void check(Workspace workspace, RuleContext context) {
		Map<String, List<Evaluation>> byId = new LinkedHashMap<>();
		for (Evaluation evaluation : workspace.evaluations()) {
			if (evaluation.getId() != null && !evaluation.getId().isBlank()) {
				byId.computeIfAbsent(evaluation.getId(), id -> new ArrayList<>()).add(evaluation);
			}
		}

		for (Map.Entry<String, List<Evaluation>> entry : byId.entrySet()) {
			List<Evaluation> evaluations = entry.getValue();
			if (evaluations.size() > 1) {
				String files = String.join(", ", evaluations.stream()
						.map(evaluation -> WorkspaceLayout.toPortableString(workspace.pathOf(evaluation)))
						.toList());
				for (Evaluation evaluation : evaluations) {
					context.report(Severity.ERROR, evaluation, NLS.bind(Messages.Rule_duplicateEvaluationId,
							new Object[] { entry.getKey(), evaluations.size(), files }));
				}
			}
		}
	}
}
