package org.sipqm.core.internal.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.Severity;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;

/**
 * The state of one validation: the workspace, the frameworks and a cache of criterion look-ups.
 * It travels to the EMF validator in the context map under this class.
 */
public final class ValidationRun {

	private final Workspace workspace;
	private final FrameworkRegistry frameworks;
	private final Map<CriterionUri, Optional<Criterion>> criteria = new HashMap<>();

	public ValidationRun(Workspace workspace, FrameworkRegistry frameworks) {
		this.workspace = workspace;
		this.frameworks = frameworks;
	}

	/** Returns the run stored in an EMF validation context, or null when there is none. */
	public static ValidationRun from(Map<Object, Object> context) {
		return context == null ? null : (ValidationRun) context.get(ValidationRun.class);
	}

	/** Returns a context that reports under the rule id to the chain. */
	public ChainContext contextFor(String ruleId, DiagnosticChain diagnostics) {
		return new ChainContext(ruleId, diagnostics);
	}

	/** A rule context that adds {@link RuleDiagnostic}s to an EMF diagnostic chain. */
	public final class ChainContext implements RuleContext {

		private final String ruleId;
		private final DiagnosticChain diagnostics;
		private boolean reported;

		private ChainContext(String ruleId, DiagnosticChain diagnostics) {
			this.ruleId = ruleId;
			this.diagnostics = diagnostics;
		}

		@Override
		public Workspace workspace() {
			return workspace;
		}

		@Override
		public FrameworkRegistry frameworks() {
			return frameworks;
		}

		@Override
		public Optional<Criterion> findCriterion(CriterionUri uri) {
			return criteria.computeIfAbsent(uri, frameworks::find);
		}

		@Override
		public void report(Severity severity, EObject element, String message) {
			reported = true;
			diagnostics.add(new RuleDiagnostic(severity, ruleId, message, element));
		}

		@Override
		public void report(Severity severity, Path file, String message) {
			reported = true;
			diagnostics.add(new RuleDiagnostic(severity, ruleId, message, file));
		}

		/** Returns whether the rule reported anything through this context. */
		public boolean reported() {
			return reported;
		}
	}
}
