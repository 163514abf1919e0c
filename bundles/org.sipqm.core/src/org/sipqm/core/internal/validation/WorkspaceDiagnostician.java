package org.sipqm.core.internal.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.organisation.OrganisationPackage;

/**
 * A diagnostician with its own validator registry, which maps the workbench's packages to one
 * {@link SipqmValidator}, so that validation does not depend on the global registry and works
 * the same inside and outside OSGi.
 */
public class WorkspaceDiagnostician extends Diagnostician {

	public WorkspaceDiagnostician(List<ElementRule> rules) {
		super(registry(new SipqmValidator(rules)));
	}

	private static EValidator.Registry registry(SipqmValidator validator) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(OrganisationPackage.eINSTANCE, validator);
		registry.put(EvaluationPackage.eINSTANCE, validator);
		registry.put(FrameworkPackage.eINSTANCE, validator);
		return registry;
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return ElementLabels.label(eObject);
	}

	@Override
	public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
		return FeatureLabels.label(eStructuralFeature);
	}
}
