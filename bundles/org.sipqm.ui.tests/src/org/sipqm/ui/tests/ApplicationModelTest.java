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
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.handlers.ShowPartHandler;

/**
 * Loads the product's Application.e4xmi from the installed org.sipqm.ui bundle and checks what
 * the e4 workbench relies on when it starts. That is the window layout with its parts, the
 * evaluation part descriptor, and the commands with their handlers, menus and key bindings. All
 * labels must have translations, and all contribution classes must load.
 */
class ApplicationModelTest {

	private static final String UI_BUNDLE = "org.sipqm.ui";
	private static final String QUIT_COMMAND = "org.eclipse.ui.file.exit";
	private static final String ABOUT_COMMAND = "org.eclipse.ui.help.aboutAction";
	private static final String OPEN_WORKSPACE_COMMAND = "org.sipqm.ui.command.openWorkspace";
	private static final String NEW_EVALUATION_COMMAND = "org.sipqm.ui.command.newEvaluation";
	private static final String SHOW_PART_COMMAND = "org.sipqm.ui.command.showPart";
	private static final String NAVIGATOR_PART = "org.sipqm.ui.part.navigator";
	private static final String FRAMEWORK_PART = "org.sipqm.ui.part.framework";
	private static final String EVALUATION_CATEGORY = "org.sipqm.ui.category.evaluations";

	private static MApplication application;

	@BeforeAll
	static void loadModel() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.getResource(URI.createPlatformPluginURI(UI_BUNDLE + "/Application.e4xmi", true), true);
		application = (MApplication) resource.getContents().get(0);
	}

	@Test
	void windowTitleTranslated() {
		assertEquals(1, application.getChildren().size());
		MTrimmedWindow window = assertInstanceOf(MTrimmedWindow.class, application.getChildren().get(0));
		assertEquals("SIP QM Workbench", translate(window.getLabel()));
		assertNotNull(window.getMainMenu(), "the window should have a main menu");
	}

	@Test
	void sideStackHoldsNavigatorAndFramework() {
		MPartStack side = stack("org.sipqm.ui.partstack.side");

		assertEquals(List.of(NAVIGATOR_PART, FRAMEWORK_PART), side.getChildren().stream().map(MUIElement::getElementId).toList());
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.navigator.NavigatorPart",
				((MPart) side.getChildren().get(0)).getContributionURI());
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.framework.FrameworkBrowserPart",
				((MPart) side.getChildren().get(1)).getContributionURI());
	}

	@Test
	void editorAreaHoldsWelcomePart() {
		MPartStack editors = stack("org.sipqm.ui.partstack.editors");

		MPart part = assertInstanceOf(MPart.class, editors.getChildren().get(0));
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.parts.WelcomePart", part.getContributionURI());
		assertTrue(editors.getTags().contains(EVALUATION_CATEGORY), "the editor area should carry the evaluation category tag");
	}

	@Test
	void navigatorLeftOfEditorArea() {
		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		MPartSashContainer sash = assertInstanceOf(MPartSashContainer.class, window.getChildren().get(0));

		assertTrue(sash.isHorizontal(), "the side stack and the editor area should be side by side");
		assertEquals(List.of("org.sipqm.ui.partstack.side", "org.sipqm.ui.partstack.editors"),
				sash.getChildren().stream().map(MUIElement::getElementId).toList());
	}

	@Test
	void evaluationDescriptorTargetsEditorArea() {
		MPartDescriptor descriptor = application.getDescriptors().stream()
				.filter(candidate -> candidate.getElementId().equals(EvaluationEditors.DESCRIPTOR_ID))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no part descriptor " + EvaluationEditors.DESCRIPTOR_ID));

		assertEquals(EVALUATION_CATEGORY, descriptor.getCategory());
		assertTrue(descriptor.isAllowMultiple(), "each evaluation needs a part of its own");
		assertTrue(descriptor.isCloseable(), "evaluation parts should be closeable");
		assertTrue(descriptor.getTags().contains(EPartService.REMOVE_ON_HIDE_TAG), "closed evaluation parts should leave the model");
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.evaluation.EvaluationPart",
				descriptor.getContributionURI());
	}

	@Test
	void windowMenuShowsSideParts() {
		MMenu windowMenu = application.getChildren().get(0).getMainMenu().getChildren().stream()
				.filter(MMenu.class::isInstance)
				.map(MMenu.class::cast)
				.filter(menu -> "org.sipqm.ui.menu.window".equals(menu.getElementId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no Window menu"));

		List<String> shownParts = new ArrayList<>();
		for (MMenuElement item : windowMenu.getChildren()) {
			MHandledMenuItem handled = assertInstanceOf(MHandledMenuItem.class, item);
			assertEquals(SHOW_PART_COMMAND, handled.getCommand().getElementId());
			handled.getParameters().stream()
					.filter(parameter -> parameter.getName().equals(ShowPartHandler.PART_ID_PARAMETER))
					.forEach(parameter -> shownParts.add(parameter.getValue()));
		}
		assertTrue(shownParts.containsAll(List.of(NAVIGATOR_PART, FRAMEWORK_PART)), "parts the Window menu shows: " + shownParts);
	}

	@Test
	void problemsPartInEditorAreaAndWindowMenu() {
		String problemsId = org.sipqm.ui.internal.problems.ProblemsPart.PART_ID;
		MPart problems = stack("org.sipqm.ui.partstack.editors").getChildren().stream()
				.filter(element -> problemsId.equals(element.getElementId()))
				.map(MPart.class::cast)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no part " + problemsId + " in the editor area"));
		assertEquals("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.problems.ProblemsPart",
				problems.getContributionURI());

		List<String> shownParts = new ArrayList<>();
		for (EObject element : allElements()) {
			if (element instanceof MHandledMenuItem item && SHOW_PART_COMMAND.equals(item.getCommand().getElementId())) {
				item.getParameters().forEach(parameter -> shownParts.add(parameter.getValue()));
			}
		}
		assertTrue(shownParts.contains(problemsId), "parts the Window menu shows: " + shownParts);
	}

	@Test
	void workspaceAddonRegistered() {
		List<String> addons = application.getAddons().stream().map(MAddon::getContributionURI).toList();

		assertTrue(addons.contains("bundleclass://org.sipqm.ui/org.sipqm.ui.internal.workspace.WorkspaceAddon"),
				"add-ons: " + addons);
	}

	@Test
	void quitBoundToCtrlQ() {
		assertEquals(List.of("M1+Q"), keySequences(QUIT_COMMAND));
	}

	@Test
	void editingCommandsBoundToStandardKeys() {
		assertEquals(List.of("M1+S"), keySequences("org.eclipse.ui.file.save"));
		assertEquals(List.of("M1+M2+S"), keySequences("org.eclipse.ui.file.saveAll"));
		assertEquals(List.of("M1+Z"), keySequences("org.eclipse.ui.edit.undo"));
		assertEquals(List.of("M1+Y"), keySequences("org.eclipse.ui.edit.redo"));
	}

	@Test
	void openWorkspaceBoundToCtrlShiftO() {
		assertEquals(List.of("M1+M2+O"), keySequences(OPEN_WORKSPACE_COMMAND));
	}

	@Test
	void newEvaluationInFileMenuAndNavigatorMenu() {
		assertEquals(List.of("M1+N"), keySequences(NEW_EVALUATION_COMMAND));

		MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
		MMenu fileMenu = (MMenu) window.getMainMenu().getChildren().get(0);
		MHandledMenuItem first = assertInstanceOf(MHandledMenuItem.class, fileMenu.getChildren().get(0));
		assertEquals(NEW_EVALUATION_COMMAND, first.getCommand().getElementId());

		MPart navigator = (MPart) stack("org.sipqm.ui.partstack.side").getChildren().get(0);
		MMenu popup = navigator.getMenus().stream()
				.filter(menu -> "org.sipqm.ui.popupmenu.navigator".equals(menu.getElementId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("the navigator should have its context menu"));
		MHandledMenuItem item = assertInstanceOf(MHandledMenuItem.class, popup.getChildren().get(0));
		assertEquals(NEW_EVALUATION_COMMAND, item.getCommand().getElementId());
	}

	@Test
	void everyCommandHasHandler() {
		List<String> commandIds = application.getCommands().stream().map(MCommand::getElementId).toList();
		List<String> handledIds = application.getHandlers().stream()
				.map(MHandler::getCommand)
				.map(MCommand::getElementId)
				.toList();

		assertEquals(List.of(QUIT_COMMAND, ABOUT_COMMAND, OPEN_WORKSPACE_COMMAND, NEW_EVALUATION_COMMAND, SHOW_PART_COMMAND,
				"org.eclipse.ui.file.save",
				"org.eclipse.ui.file.saveAll", "org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo"), commandIds);
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
		application.getDescriptors().stream().map(MPartDescriptor::getContributionURI).forEach(uris::add);

		assertTrue(uris.size() >= 16, "expected three parts, four handlers, eight add-ons and a part descriptor, found " + uris);
		for (String uri : uris) {
			loadContributionClass(uri);
		}
	}

	private static List<String> keySequences(String commandId) {
		List<String> sequences = new ArrayList<>();
		for (MBindingTable table : application.getBindingTables()) {
			table.getBindings().stream()
					.filter(binding -> commandId.equals(binding.getCommand().getElementId()))
					.map(MKeyBinding::getKeySequence)
					.forEach(sequences::add);
		}
		return sequences;
	}

	private static MPartStack stack(String elementId) {
		return allElements().stream()
				.filter(MPartStack.class::isInstance)
				.map(MPartStack.class::cast)
				.filter(stack -> elementId.equals(stack.getElementId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no part stack " + elementId));
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
