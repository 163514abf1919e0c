package org.sipqm.core.internal.validation.rules;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;
import org.sipqm.model.evaluation.Evaluation;

/**
 * An evaluation file should be at evaluations/&lt;LA id&gt;/&lt;year&gt;/&lt;id&gt;.xmi, so that
 * people and tools find it. Evaluations whose id, local authority or year is missing or invalid
 * are left to the rules about those.
 */
public class EvaluationPathRule implements WorkspaceRule {

	@Override
	public String id() {
		return RuleIds.EVALUATION_PATH;
	}

	@Override
	public void check(Workspace workspace, RuleContext context) {
		for (Evaluation evaluation : workspace.evaluations()) {
			Path expected = expectedPath(evaluation);
			Path actual = workspace.pathOf(evaluation);
			if (expected != null && !WorkspaceLayout.toPortableString(expected).equals(WorkspaceLayout.toPortableString(actual))) {
				context.report(Severity.WARNING, evaluation, NLS.bind(Messages.Rule_evaluationPath, new Object[] {
						ElementLabels.label(evaluation), WorkspaceLayout.toPortableString(actual),
						WorkspaceLayout.toPortableString(expected) }));
			}
		}
	}

	private static Path expectedPath(Evaluation evaluation) {
		String laId = evaluation.getLocalAuthority() == null || evaluation.getLocalAuthority().eIsProxy() ? null
				: evaluation.getLocalAuthority().getId();
		AcademicYear year = EvaluationDates.academicYear(evaluation);
		if (year == null || !WorkspaceLayout.isFileNameId(laId) || !WorkspaceLayout.isFileNameId(evaluation.getId())) {
			return null;
		}
		return WorkspaceLayout.evaluationPath(laId, year, evaluation.getId());
	}
}
