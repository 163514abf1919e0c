package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.ui.internal.parts.WelcomePart;

/**
 * Renders the Welcome part into a real SWT shell, the way the e4 renderer does: the part is
 * created by dependency injection with the shell as its parent composite.
 */
class WelcomePartTest {

	private Shell shell;
	private IEclipseContext context;

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(800, 600);

		context = EclipseContextFactory.create(getClass().getSimpleName());
		context.set(Composite.class, shell);
	}

	@AfterEach
	void closeShell() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void formTitleNamesProduct() {
		ContextInjectionFactory.make(WelcomePart.class, context);
		shell.open();

		ScrolledForm form = findOnly(shell, ScrolledForm.class);

		assertEquals("SIP QM Workbench", form.getText());
		assertTrue(form.isVisible(), "the form should be visible once the shell is open");
	}

	@Test
	void workspaceFolderShown() {
		ContextInjectionFactory.make(WelcomePart.class, context);
		shell.open();

		// tycho-surefire starts the test runtime with an instance location under target/work.
		assertNotNull(Platform.getInstanceLocation().getURL(), "the test runtime should have an instance location");
		String expectedPath = new File(Platform.getInstanceLocation().getURL().getPath()).getPath();
		List<String> labelTexts = findAll(shell, Label.class).stream().map(Label::getText).toList();

		assertTrue(labelTexts.contains("Workspace folder:"), "labels found: " + labelTexts);
		assertTrue(labelTexts.contains(expectedPath), "expected " + expectedPath + " in labels " + labelTexts);
	}

	private static <T extends Control> T findOnly(Composite root, Class<T> type) {
		List<T> matches = findAll(root, type);
		assertEquals(1, matches.size(), "expected exactly one " + type.getSimpleName());
		return matches.get(0);
	}

	private static <T extends Control> List<T> findAll(Composite root, Class<T> type) {
		List<T> matches = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				matches.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				matches.addAll(findAll(composite, type));
			}
		}
		return matches;
	}
}
