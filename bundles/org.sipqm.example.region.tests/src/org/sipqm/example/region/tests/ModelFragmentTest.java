package org.sipqm.example.region.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.sipqm.example.region.internal.RegionalContent;

/**
 * The e4 model fragment against the application model it extends: every parent id, feature and
 * position it names exists in org.sipqm.ui's Application.e4xmi, and its handler class and texts exist.
 */
class ModelFragmentTest {

	private final Bundle region = Platform.getBundle(RegionalContent.PLUGIN_ID);
	private final ResourceSet resources = newResourceSet();
	private final MModelFragments fragments = (MModelFragments) load(region, "fragment.e4xmi");
	private final EObject application = load(Platform.getBundle("org.sipqm.ui"), "Application.e4xmi");

	@Test
	void manifestNamesFragment() {
		assertEquals("fragment.e4xmi", region.getHeaders("").get("Model-Fragment"));
	}

	@Test
	void parentsFeaturesAndPositionsExist() {
		assertEquals(3, fragments.getFragments().size());
		for (var fragment : fragments.getFragments()) {
			MStringModelFragment stringFragment = (MStringModelFragment) fragment;
			String parentId = stringFragment.getParentElementId();
			EObject parent = find(parentId).orElse(null);
			assertNotNull(parent, "No element " + parentId + " in Application.e4xmi");

			EStructuralFeature feature = parent.eClass().getEStructuralFeature(stringFragment.getFeaturename());
			assertNotNull(feature, parentId + " has no feature " + stringFragment.getFeaturename());

			String position = stringFragment.getPositionInList();
			if (position != null && !position.isBlank()) {
				String anchor = position.substring(position.indexOf(':') + 1);
				List<?> siblings = (List<?>) parent.eGet(feature);
				assertTrue(siblings.stream().anyMatch(child -> anchor.equals(((MApplicationElement) child).getElementId())),
						"No " + anchor + " in " + parentId + "." + feature.getName());
			}
		}
	}

	@Test
	void handlerClassLoads() throws ClassNotFoundException {
		MHandler handler = (MHandler) fragments.getFragments().get(1).getElements().get(0);
		String uri = handler.getContributionURI();
		String prefix = "bundleclass://" + RegionalContent.PLUGIN_ID + "/";

		assertTrue(uri.startsWith(prefix), uri);
		assertNotNull(region.loadClass(uri.substring(prefix.length())));
	}

	@Test
	void menuItemUsesFragmentCommand() {
		MCommand command = (MCommand) fragments.getFragments().get(0).getElements().get(0);
		MHandledMenuItem item = (MHandledMenuItem) fragments.getFragments().get(2).getElements().get(0);

		assertEquals(command, item.getCommand());
		assertEquals(command, ((MHandler) fragments.getFragments().get(1).getElements().get(0)).getCommand());
	}

	@Test
	void textKeysExist() throws IOException {
		Properties texts = new Properties();
		try (InputStream in = region.getEntry("plugin.properties").openStream()) {
			texts.load(in);
		}
		MCommand command = (MCommand) fragments.getFragments().get(0).getElements().get(0);
		MHandledMenuItem item = (MHandledMenuItem) fragments.getFragments().get(2).getElements().get(0);

		for (String key : List.of(command.getCommandName(), command.getDescription(), item.getLabel())) {
			assertTrue(key.startsWith("%"), key);
			assertFalse(texts.getProperty(key.substring(1), "").isBlank(), key);
		}
	}

	private Optional<EObject> find(String elementId) {
		if (elementId.equals(((MApplicationElement) application).getElementId())) {
			return Optional.of(application);
		}
		for (var contents = application.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof MApplicationElement applicationElement && elementId.equals(applicationElement.getElementId())) {
				return Optional.of(element);
			}
		}
		return Optional.empty();
	}

	private EObject load(Bundle bundle, String path) {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, path + " is not in " + bundle.getSymbolicName());
		Resource resource = resources.createResource(URI.createURI("platform:/plugin/" + bundle.getSymbolicName() + "/" + path));
		try (InputStream in = entry.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new AssertionError("Failed to load " + path + " of " + bundle.getSymbolicName(), e);
		}
		return resource.getContents().get(0);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		return set;
	}
}
