package org.sipqm.core.internal.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import java.util.HashMap;

/** Creates the XMI resources of a workspace, with the store's load and save options as defaults. */
public class WorkspaceResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		// Elements are looked up by their id attribute whenever an evaluation's reference to the
		// organisation is resolved, so a map replaces the default search through all contents.
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		resource.getDefaultLoadOptions().putAll(XmiResources.loadOptions());
		resource.getDefaultSaveOptions().putAll(XmiResources.saveOptions());
		return resource;
	}
}
