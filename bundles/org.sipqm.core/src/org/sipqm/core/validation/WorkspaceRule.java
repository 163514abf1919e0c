package org.sipqm.core.validation;

import org.sipqm.core.store.Workspace;

/** A check that needs the whole workspace, such as ids that must be unique across files. */
public interface WorkspaceRule {

	/** Returns the stable id that diagnostics of this rule carry. */
	String id();

	void check(Workspace workspace, RuleContext context);
}
