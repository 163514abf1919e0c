package org.sipqm.framework.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.sipqm.framework.FrameworkLoadException;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage;

/** Locates and loads framework resources, which are XMI files with the extension {@code .framework}. */
public final class FrameworkLoader {

	public static final String BUNDLE_ID = "org.sipqm.framework";

	/** Path of the national framework, edition 1, inside this bundle. */
	public static final String NATIONAL_PATH = "model/sip-qm-edition1.framework";

	public static final String FILE_EXTENSION = "framework";

	private FrameworkLoader() {
	}

	/**
	 * Returns the URI of the national framework resource. It is a {@code platform:/plugin} URI when
	 * Eclipse is running, and otherwise the URL of the class path resource, as in plain Java tests.
	 *
	 * @throws FrameworkLoadException when Eclipse is not running and the resource is not on the class path
	 */
	public static URI nationalFrameworkUri() {
		if (EMFPlugin.IS_ECLIPSE_RUNNING) {
			return URI.createPlatformPluginURI(BUNDLE_ID + "/" + NATIONAL_PATH, true);
		}

		URL url = FrameworkLoader.class.getResource("/" + NATIONAL_PATH);
		if (url == null) {
			throw new FrameworkLoadException("The national framework resource /" + NATIONAL_PATH
					+ " is not on the class path. Add the root folder or jar of " + BUNDLE_ID + " to it.");
		}
		return URI.createURI(url.toExternalForm());
	}

	/**
	 * Loads the framework resource at the URI into a new resource set and returns its root.
	 *
	 * @throws FrameworkLoadException when the resource cannot be read or parsed, or its root is not a
	 *                                {@link Framework}
	 */
	public static Framework load(URI uri) {
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			throw new FrameworkLoadException("Failed to load the framework resource " + uri
					+ ": its file name must end in ." + FILE_EXTENSION);
		}

		try {
			resource.load(Map.of());
		} catch (IOException e) {
			throw new FrameworkLoadException("Failed to load the framework resource " + uri + ": " + e.getMessage(), e);
		}

		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Framework framework)) {
			throw new FrameworkLoadException("Invalid framework resource " + uri + ": its root element must be a "
					+ "framework:Framework, but it is " + (root == null ? "missing" : root.eClass().getName()));
		}
		return framework;
	}

	/**
	 * Creates a resource set that reads {@code .framework} files as XMI. The factory is registered here
	 * as well as in plugin.xml, because plain Java tests run without the extension registry.
	 */
	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(FrameworkPackage.eNS_URI, FrameworkPackage.eINSTANCE);
		return resourceSet;
	}
}
