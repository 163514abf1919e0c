package org.sipqm.core.internal.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.store.UnresolvedReferences;
import org.sipqm.core.internal.store.UnresolvedReferences.Unresolved;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleIds;

/**
 * The one EMF validator of the workbench's models. It checks EMF's structural constraints, with
 * the workbench's own messages and rule ids, and then every {@link ElementRule} that applies to
 * the element. Element rules run only when the context contains a {@link ValidationRun}.
 */
public class SipqmValidator extends EObjectValidator {

	private final List<ElementRule> rules;

	public SipqmValidator(List<ElementRule> rules) {
		this.rules = List.copyOf(rules);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);

		ValidationRun run = ValidationRun.from(context);
		if (run == null || diagnostics == null) {
			return valid;
		}
		for (ElementRule rule : rules) {
			if (run.isEnabled(rule.id()) && rule.appliesTo(eObject)) {
				ValidationRun.ChainContext ruleContext = run.contextFor(rule.id(), diagnostics);
				rule.check(eObject, ruleContext);
				valid &= !ruleContext.reported();
			}
		}
		return valid;
	}

	/** Checks proxies against the files already loaded, so that validating never loads a file. */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Unresolved> unresolved = UnresolvedReferences.of(eObject);
		if (diagnostics != null) {
			for (Unresolved reference : unresolved) {
				diagnostics.add(unresolvedDiagnostic(reference));
			}
		}
		return unresolved.isEmpty();
	}

	@Override
	protected BasicDiagnostic createDiagnostic(int severity, String source, int code, String messageKey,
			Object[] messageSubstitutions, Object[] data, Map<Object, Object> context) {
		StructuralMessages.Translation translation = StructuralMessages.translate(messageKey, data);
		String message = translation.message();
		if (message == null) {
			message = super.createDiagnostic(severity, source, code, messageKey, messageSubstitutions, data, context)
					.getMessage();
		}
		return new RuleDiagnostic(severity, translation.ruleId(), message, data);
	}

	private static Diagnostic unresolvedDiagnostic(Unresolved reference) {
		EObject owner = reference.owner();
		URI target = reference.target();
		if (owner.eResource() != null && owner.eResource().getURI() != null) {
			target = target.deresolve(owner.eResource().getURI());
		}
		String message = NLS.bind(Messages.Reference_unresolved, new Object[] { ElementLabels.label(owner),
				FeatureLabels.label(reference.reference()), target });
		return new RuleDiagnostic(Diagnostic.ERROR, RuleIds.REFERENCE_UNRESOLVED, message,
				new Object[] { owner, reference.reference(), target });
	}
}
