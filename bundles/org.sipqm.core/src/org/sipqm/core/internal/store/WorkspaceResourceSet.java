package org.sipqm.core.internal.store;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.organisation.OrganisationPackage;

/**
 * The resource set of a workspace. The store loads every file itself, so this set never loads a
 * resource on demand. A reference to a file that the store did not load stays an unresolved
 * proxy for the validator to report, instead of a broken resource appearing in the set.
 * <p>
 * The XMI factory and the model packages are registered here, not only in the global registries,
 * so that the set works the same inside and outside OSGi.
 */
public final class WorkspaceResourceSet extends ResourceSetImpl {

	public WorkspaceResourceSet() {
		setURIResourceMap(new HashMap<>());
		getResourceFactoryRegistry().getExtensionToFactoryMap().put(XmiResources.FILE_EXTENSION,
				new WorkspaceResourceFactory());
		getPackageRegistry().put(OrganisationPackage.eNS_URI, OrganisationPackage.eINSTANCE);
		getPackageRegistry().put(EvaluationPackage.eNS_URI, EvaluationPackage.eINSTANCE);
		getPackageRegistry().put(FrameworkPackage.eNS_URI, FrameworkPackage.eINSTANCE);
		getLoadOptions().putAll(XmiResources.loadOptions());
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}
}
