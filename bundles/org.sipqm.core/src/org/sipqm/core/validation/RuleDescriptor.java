package org.sipqm.core.validation;

import java.util.Objects;

/**
 * A rule with what the preferences and the documentation show of it. Exactly one of
 * {@code elementRule} and {@code workspaceRule} is set.
 *
 * @param id              the stable id that the rule's diagnostics carry
 * @param name            a short name, such as "Evidence of impact for the grade"
 * @param description     what the rule checks and why, in one or two sentences
 * @param defaultSeverity the severity of its diagnostics unless the {@link RuleSettings} set another
 * @param contributor     the symbolic name of the bundle that contributes the rule, {@value #BUILT_IN}
 *                        for the rules the workbench ships
 * @param elementRule     the rule when it checks single elements, or null
 * @param workspaceRule   the rule when it checks the whole workspace, or null
 */
public record RuleDescriptor(String id, String name, String description, Severity defaultSeverity,
		String contributor, ElementRule elementRule, WorkspaceRule workspaceRule) {

	/** The contributor of the rules the workbench ships. */
	public static final String BUILT_IN = "org.sipqm.core";

	public RuleDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(defaultSeverity, "defaultSeverity");
		Objects.requireNonNull(contributor, "contributor");
		if ((elementRule == null) == (workspaceRule == null)) {
			throw new IllegalArgumentException("Rule " + id + " must have either an element rule or a workspace rule");
		}
	}

	/** Returns whether the workbench ships the rule, rather than a regional plug-in. */
	public boolean isBuiltIn() {
		return BUILT_IN.equals(contributor);
	}
}
