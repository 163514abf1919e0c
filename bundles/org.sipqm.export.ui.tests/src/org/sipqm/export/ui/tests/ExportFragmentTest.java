package org.sipqm.export.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Checks that the export bundle's model fragment points at elements that the workbench's application model has. */
class ExportFragmentTest {

	@Test
	void fragmentIsDeclaredInManifest() {
		Bundle bundle = Platform.getBundle("org.sipqm.export.ui");

		assertTrue(bundle.getHeaders().get("Model-Fragment").startsWith("fragment.e4xmi"));
		assertNotNull(bundle.getEntry("fragment.e4xmi"));
	}

	@Test
	void fragmentTargetsExistInApplicationModel() throws IOException {
		String fragment = read("org.sipqm.export.ui", "fragment.e4xmi");
		String application = read("org.sipqm.ui", "Application.e4xmi");

		for (String parent : new String[] { "org.sipqm.ui.application", "org.sipqm.ui.menu.file" }) {
			assertTrue(fragment.contains("parentElementId=\"" + parent + "\""), parent);
			assertTrue(application.contains("elementId=\"" + parent + "\""), parent + " in Application.e4xmi");
		}
		assertTrue(application.contains("elementId=\"org.sipqm.ui.menuitem.openWorkspace\""),
				"the menu item the export item follows");
		assertTrue(fragment.contains("bundleclass://org.sipqm.export.ui/org.sipqm.export.ui.internal.ExportHandler"));
	}

	@Test
	void handlerClassLoads() throws ClassNotFoundException {
		Bundle bundle = Platform.getBundle("org.sipqm.export.ui");

		assertNotNull(bundle.loadClass("org.sipqm.export.ui.internal.ExportHandler"));
	}

	private static String read(String bundleName, String path) throws IOException {
		URL entry = Platform.getBundle(bundleName).getEntry(path);
		assertNotNull(entry, bundleName + "/" + path);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
