package org.sipqm.core.internal.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleSettings;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;

/**
 * The state of one validation: the workspace, the frameworks, the rule settings, the date and
 * caches of framework look-ups. It travels to the EMF validator in the context map under this
 * class.
 */
public final class ValidationRun {

	private final Workspace workspace;
	private final FrameworkLookup frameworks;
	private final RuleSettings settings;
	private final Map<String, Severity> declaredSeverities;
	private final LocalDate today;
	private final Map<CriterionUri, Optional<Criterion>> criteria = new HashMap<>();
	private final Map<Evaluation, Framework> evaluationFrameworks = new IdentityHashMap<>();
	private final Map<String, Boolean> enabledRules = new HashMap<>();
	private final Map<String, Optional<Severity>> severities = new HashMap<>();

	/**
	 * @param declaredSeverities severities that contributed rules declare, by rule id, which
	 *                           replace those the rules report unless the settings set another
	 */
	public ValidationRun(Workspace workspace, FrameworkLookup frameworks, RuleSettings settings,
			Map<String, Severity> declaredSeverities, LocalDate today) {
		this.workspace = workspace;
		this.frameworks = frameworks;
		this.settings = settings;
		this.declaredSeverities = Map.copyOf(declaredSeverities);
		this.today = today;
	}

	/** Returns the run stored in an EMF validation context, or null when there is none. */
	public static ValidationRun from(Map<Object, Object> context) {
		return context == null ? null : (ValidationRun) context.get(ValidationRun.class);
	}

	/** Returns whether the settings leave the rule on. */
	public boolean isEnabled(String ruleId) {
		return enabledRules.computeIfAbsent(ruleId, settings::isEnabled);
	}

	/** Returns a context that reports under the rule id to the chain. */
	public ChainContext contextFor(String ruleId, DiagnosticChain diagnostics) {
		Optional<Severity> severity = severities.computeIfAbsent(ruleId,
				id -> settings.severity(id).or(() -> Optional.ofNullable(declaredSeverities.get(id))));
		return new ChainContext(ruleId, severity.orElse(null), diagnostics);
	}

	/** A rule context that adds {@link RuleDiagnostic}s to an EMF diagnostic chain. */
	public final class ChainContext implements RuleContext {

		private final String ruleId;
		private final Severity severityOverride;
		private final DiagnosticChain diagnostics;
		private boolean reported;

		private ChainContext(String ruleId, Severity severityOverride, DiagnosticChain diagnostics) {
			this.ruleId = ruleId;
			this.severityOverride = severityOverride;
			this.diagnostics = diagnostics;
		}

		@Override
		public Workspace workspace() {
			return workspace;
		}

		@Override
		public FrameworkLookup frameworks() {
			return frameworks;
		}

		@Override
		public Framework frameworkOf(Evaluation evaluation) {
			return evaluationFrameworks.computeIfAbsent(evaluation, frameworks::frameworkOf);
		}

		@Override
		public Optional<Criterion> findCriterion(CriterionUri uri) {
			return criteria.computeIfAbsent(uri, frameworks::findCriterion);
		}

		@Override
		public int intParameter(String name, int defaultValue, int minimum) {
			return settings.intParameter(ruleId, name, defaultValue, minimum);
		}

		@Override
		public LocalDate today() {
			return today;
		}

		@Override
		public void report(Severity severity, EObject element, String message) {
			reported = true;
			diagnostics.add(new RuleDiagnostic(effective(severity), ruleId, message, element));
		}

		@Override
		public void report(Severity severity, Path file, String message) {
			reported = true;
			diagnostics.add(new RuleDiagnostic(effective(severity), ruleId, message, file));
		}

		/** Returns whether the rule reported anything through this context. */
		public boolean reported() {
			return reported;
		}

		private Severity effective(Severity reportedSeverity) {
			return severityOverride != null ? severityOverride : reportedSeverity;
		}
	}
}
