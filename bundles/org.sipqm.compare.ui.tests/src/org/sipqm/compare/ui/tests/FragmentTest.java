package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.junit.jupiter.api.Test;

/**
 * Loads the bundle's model fragment as the workbench does, because a fragment that does not load is
 * left out of the workbench without an error in the log.
 */
class FragmentTest {

	@Test
	void fragmentLoadsWithEditorAndCommands() throws IOException {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(
				URI.createPlatformPluginURI("org.sipqm.compare.ui/fragment.e4xmi", true));
		resource.load(Map.of());

		assertEquals(List.of(), resource.getErrors());
		List<String> ids = resource.getContents().isEmpty() ? List.of()
				: iterable(resource.getContents().get(0)).stream()
						.filter(MApplicationElement.class::isInstance)
						.map(element -> ((MApplicationElement) element).getElementId()).toList();
		for (String id : List.of("org.sipqm.compare.ui.partdescriptor.localFrameworkEditor",
				"org.sipqm.compare.ui.command.newLocalFramework", "org.sipqm.compare.ui.command.openLocalFramework",
				"org.sipqm.compare.ui.menuitem.newLocalFramework", "org.sipqm.compare.ui.menuitem.openLocalFramework",
				"org.sipqm.compare.ui.part.crosswalk")) {
			assertTrue(ids.contains(id), id + " in " + ids);
		}
	}

	private static List<EObject> iterable(EObject root) {
		List<EObject> all = new java.util.ArrayList<>();
		root.eAllContents().forEachRemaining(all::add);
		return all;
	}
}
