package org.sipqm.core.validation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.internal.validation.DiagnosticConverter;
import org.sipqm.core.internal.validation.ValidationRun;
import org.sipqm.core.internal.validation.WorkspaceDiagnostician;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Validates a workspace: EMF's structural constraints, the element rules on every element of
 * every file, and the workspace rules, which see all files at once. The validate command, the
 * editors and the exporters all use it, so they show the same diagnostics. Rules that the
 * {@link RuleSettings} turn off do not run, and a severity set there replaces the rule's own.
 */
public final class WorkspaceValidator {

	private final FrameworkLookup frameworks;
	private final List<ElementRule> elementRules;
	private final List<WorkspaceRule> workspaceRules;
	private final Map<String, Severity> declaredSeverities;
	private final Supplier<RuleSettings> settings;
	private final Clock clock;
	private final WorkspaceDiagnostician diagnostician;

	/** Creates a validator with the given rules, default settings and the system clock. */
	public WorkspaceValidator(FrameworkRegistry frameworks, List<ElementRule> elementRules,
			List<WorkspaceRule> workspaceRules) {
		this(builder().frameworks(FrameworkLookup.of(frameworks)).rules(elementRules, workspaceRules)
				.settings(RuleSettings.defaults()));
	}

	private WorkspaceValidator(Builder builder) {
		this.frameworks = builder.frameworks;
		this.elementRules = List.copyOf(builder.elementRules);
		this.workspaceRules = List.copyOf(builder.workspaceRules);
		this.declaredSeverities = Map.copyOf(builder.declaredSeverities);
		this.settings = builder.settings;
		this.clock = builder.clock;
		this.diagnostician = new WorkspaceDiagnostician(this.elementRules);
	}

	/**
	 * Returns a validator with the rules of {@link RuleRegistry#getDefault()}, the settings in the
	 * preferences as each validation starts, the national framework and the system clock.
	 */
	public static WorkspaceValidator withDefaultRules() {
		return builder().build();
	}

	/** Returns a builder that starts from the defaults of {@link #withDefaultRules()}. */
	public static Builder builder() {
		return new Builder();
	}

	public List<ElementRule> elementRules() {
		return elementRules;
	}

	public List<WorkspaceRule> workspaceRules() {
		return workspaceRules;
	}

	/** Returns every diagnostic of the workspace, ordered by file. */
	public List<WorkspaceDiagnostic> validate(Workspace workspace) {
		ValidationRun run = newRun(workspace);
		BasicDiagnostic diagnostics = new BasicDiagnostic();

		for (WorkspaceRule rule : workspaceRules) {
			if (run.isEnabled(rule.id())) {
				rule.check(workspace, run.contextFor(rule.id(), diagnostics));
			}
		}
		workspace.organisation().ifPresent(organisation -> validateTree(organisation, run, diagnostics));
		for (Evaluation evaluation : workspace.evaluations()) {
			validateTree(evaluation, run, diagnostics);
		}
		return convert(workspace, diagnostics);
	}

	/**
	 * Returns the diagnostics of one element and its contents, such as the evaluation open in an
	 * editor, without the workspace rules.
	 */
	public List<WorkspaceDiagnostic> validate(Workspace workspace, EObject element) {
		ValidationRun run = newRun(workspace);
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		validateTree(element, run, diagnostics);
		return convert(workspace, diagnostics);
	}

	private ValidationRun newRun(Workspace workspace) {
		return new ValidationRun(workspace, frameworks, settings.get(), declaredSeverities, LocalDate.now(clock));
	}

	private void validateTree(EObject root, ValidationRun run, BasicDiagnostic diagnostics) {
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(ValidationRun.class, run);
		diagnostician.validate(root, diagnostics, context);
	}

	private static List<WorkspaceDiagnostic> convert(Workspace workspace, BasicDiagnostic diagnostics) {
		List<WorkspaceDiagnostic> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics.getChildren()) {
			result.add(DiagnosticConverter.convert(workspace, diagnostic));
		}
		result.sort(Comparator.comparing((WorkspaceDiagnostic diagnostic) -> portable(diagnostic.file())));
		return result;
	}

	private static String portable(Path file) {
		return WorkspaceLayout.toPortableString(file);
	}

	/** Sets up a validator. Whatever is not set keeps the default of {@link #withDefaultRules()}. */
	public static final class Builder {

		private FrameworkLookup frameworks;
		private List<ElementRule> elementRules;
		private List<WorkspaceRule> workspaceRules;
		private Map<String, Severity> declaredSeverities;
		private Supplier<RuleSettings> settings = RuleSettings::fromPreferences;
		private Clock clock = Clock.systemDefaultZone();

		private Builder() {
		}

		/** Sets the frameworks that evaluations are checked against. */
		public Builder frameworks(FrameworkLookup lookup) {
			this.frameworks = Objects.requireNonNull(lookup, "lookup");
			return this;
		}

		/** Sets the rules and the severities their contributors declare. */
		public Builder rules(RuleRegistry registry) {
			return rules(registry.elementRules(), registry.workspaceRules(), registry.contributedSeverities());
		}

		/** Sets the rules, each reporting the severities it chooses. */
		public Builder rules(List<ElementRule> element, List<WorkspaceRule> workspace) {
			return rules(element, workspace, Map.of());
		}

		private Builder rules(List<ElementRule> element, List<WorkspaceRule> workspace,
				Map<String, Severity> severities) {
			this.elementRules = List.copyOf(element);
			this.workspaceRules = List.copyOf(workspace);
			this.declaredSeverities = Map.copyOf(severities);
			return this;
		}

		/** Sets fixed settings, in place of the preferences read as each validation starts. */
		public Builder settings(RuleSettings fixed) {
			Objects.requireNonNull(fixed, "fixed");
			this.settings = () -> fixed;
			return this;
		}

		/** Sets the clock that gives the date of each validation, which decides the terms that have ended. */
		public Builder clock(Clock fixed) {
			this.clock = Objects.requireNonNull(fixed, "fixed");
			return this;
		}

		public WorkspaceValidator build() {
			if (frameworks == null) {
				frameworks = FrameworkLookup.of(FrameworkRegistry.getDefault());
			}
			if (elementRules == null) {
				rules(RuleRegistry.getDefault());
			}
			return new WorkspaceValidator(this);
		}
	}
}
