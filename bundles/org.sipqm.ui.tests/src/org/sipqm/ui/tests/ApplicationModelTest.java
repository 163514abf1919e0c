package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Loads the product's Application.e4xmi from the installed org.sipqm.ui bundle and checks what
 * the e4 workbench relies on when it starts: the window, the Welcome part, the commands with
 * their handlers and key binding, translated labels and loadable contribution classes.
 */
class ApplicationModelTest {

	private static final String UI_BUNDLE = "org.sipqm.ui";
	private static final String QUIT_COMMAND = "org.eclipse.ui.file.exit";
	private static final String ABOUT_COMMAND = "org.eclipse.ui.help.aboutAction";

	private static MApplication application;

	@BeforeAll
	static void loadModel() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.getResource(URI.createPlatformPluginURI(UI_BUNDLE + "/Application.e4xmi", true), true);
		application = (MApplication) resource.getContents().get(0);
	}

	@Test
	void windowHoldsWelcomePart() {
		assertEquals(1, application.getChildren().size());
		MTrimmedWindow window = assertInstanceOf(MTrimmedWindow.class, application.getChildren().get(0));
		assertEquals("SIP QM Workbench", translate(window.getLabel()));
		assertNotNull(window.getMainMenu(), "the window should have a main menu");

		MPartStack stack = assertInstanceOf(MPartStack.class, window.getChildren().get(0));
		MPart part = assertInstanceOf(MPart.class, stack.getChildren().get(0));
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.parts.WelcomePart", part.getContributionURI());
	}

	@Test
	void quitBoundToCtrlQ() {
		List<MKeyBinding> quitBindings = new ArrayList<>();
		for (MBindingTable table : application.getBindingTables()) {
			table.getBindings().stream()
					.filter(binding -> QUIT_COMMAND.equals(binding.getCommand().getElementId()))
					.forEach(quitBindings::add);
		}

		assertEquals(1, quitBindings.size(), "expected one key binding for " + QUIT_COMMAND);
		assertEquals("M1+Q", quitBindings.get(0).getKeySequence());
	}

	@Test
	void everyCommandHasHandler() {
		List<String> commandIds = application.getCommands().stream().map(MCommand::getElementId).toList();
		List<String> handledIds = application.getHandlers().stream()
				.map(MHandler::getCommand)
				.map(MCommand::getElementId)
				.toList();

		assertEquals(List.of(QUIT_COMMAND, ABOUT_COMMAND), commandIds);
		assertTrue(handledIds.containsAll(commandIds), "commands " + commandIds + ", handled " + handledIds);
	}

	@Test
	void labelsHaveTranslations() {
		for (EObject element : allElements()) {
			if (element instanceof MUILabel labelled && labelled.getLabel() != null) {
				assertTranslated(labelled.getLabel());
			}
			if (element instanceof MCommand command) {
				assertTranslated(command.getCommandName());
				assertTranslated(command.getDescription());
			}
		}
	}

	@Test
	void contributionClassesLoad() throws ClassNotFoundException {
		List<String> uris = new ArrayList<>();
		for (EObject element : allElements()) {
			if (element instanceof MContribution contribution) {
				uris.add(contribution.getContributionURI());
			}
		}
		application.getAddons().stream().map(MAddon::getContributionURI).forEach(uris::add);

		assertTrue(uris.size() >= 10, "expected the part, two handlers and seven add-ons, found " + uris);
		for (String uri : uris) {
			loadContributionClass(uri);
		}
	}

	private static List<EObject> allElements() {
		List<EObject> elements = new ArrayList<>();
		((EObject) application).eAllContents().forEachRemaining(elements::add);
		return elements;
	}

	private static void assertTranslated(String text) {
		assertNotNull(text);
		assertTrue(text.startsWith("%"), "model text should be a %key of bundle.properties: " + text);
		String key = text.substring(1);
		assertTrue(uiBundleResources().containsKey(key), "bundle.properties has no key " + key);
	}

	private static String translate(String text) {
		return uiBundleResources().getString(text.substring(1));
	}

	private static ResourceBundle uiBundleResources() {
		return Platform.getResourceBundle(Platform.getBundle(UI_BUNDLE));
	}

	/** Loads the class named by a {@code bundleclass://<bundle>/<class>} URI from that bundle. */
	private static void loadContributionClass(String contributionUri) throws ClassNotFoundException {
		URI uri = URI.createURI(contributionUri);
		assertEquals("bundleclass", uri.scheme(), contributionUri);

		Bundle bundle = Platform.getBundle(uri.authority());
		assertNotNull(bundle, "bundle " + uri.authority() + " is not in the runtime, needed by " + contributionUri);
		assertNotNull(bundle.loadClass(uri.lastSegment()), contributionUri);
	}
}
