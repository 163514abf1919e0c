package org.sipqm.core.internal.validation.rules;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;

/**
 * Reports each problem met while the workspace was opened. Unresolved references to other files
 * are left out, because they stay in the model and {@code reference.unresolved} reports them.
 */
public class LoadProblemRule implements WorkspaceRule {

	@Override
	public String id() {
		return RuleIds.LOAD_PROBLEM;
	}

	@Override
	public void check(Workspace workspace, RuleContext context) {
		for (LoadProblem problem : workspace.problems()) {
			if (problem.kind() != LoadProblem.Kind.UNRESOLVED_CROSS_REFERENCE) {
				context.report(Severity.ERROR, problem.file(), message(problem));
			}
		}
	}

	private static String message(LoadProblem problem) {
		String location = problem.line().isPresent()
				? NLS.bind(Messages.Rule_loadLocation, problem.line().getAsInt(),
						problem.column().isPresent() ? problem.column().getAsInt() : "?")
				: "";
		String template = switch (problem.kind()) {
		case UNREADABLE -> Messages.Rule_loadUnreadable;
		case MALFORMED -> Messages.Rule_loadMalformed;
		case UNKNOWN_CONTENT -> Messages.Rule_loadUnknownContent;
		case INVALID_CONTENT -> Messages.Rule_loadInvalidContent;
		case UNRESOLVED_REFERENCE, UNRESOLVED_CROSS_REFERENCE -> Messages.Rule_loadUnresolvedReference;
		};
		return NLS.bind(template, location, withoutFinalStop(problem.message()));
	}

	/** Drops the full stop that parser messages end with, as the message goes on after it. */
	private static String withoutFinalStop(String message) {
		String text = message.strip();
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}
}
