package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.ui.internal.workspace.WorkspaceService;
import org.sipqm.ui.testing.TestUISynchronize;

/**
 * Renders parts into a real SWT shell the way the e4 renderer does: by dependency injection, with
 * the shell as the parent composite. Parts get the event broker, a {@link UISynchronize} and a
 * {@link WorkspaceService} as in the workbench.
 */
final class PartHarness implements AutoCloseable {

	/**
	 * The context that stands for the workbench's application context in every test: a child of
	 * the OSGi service context with a {@link UISynchronize}. It is the default context of the
	 * injector, as in the workbench, so that the e4 event supplier can deliver events on the
	 * display thread.
	 */
	private static IEclipseContext applicationContext;

	private final Shell shell;
	private final IEclipseContext context;
	private final WorkspaceService workspaceService;

	PartHarness(int width, int height) {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(width, height);

		context = applicationContext(shell.getDisplay()).createChild(PartHarness.class.getSimpleName());
		context.set(Composite.class, shell);
		workspaceService = ContextInjectionFactory.make(WorkspaceService.class, context);
		context.set(WorkspaceService.class, workspaceService);
	}

	private static synchronized IEclipseContext applicationContext(Display display) {
		if (applicationContext == null) {
			IEclipseContext services = EclipseContextFactory
					.getServiceContext(FrameworkUtil.getBundle(PartHarness.class).getBundleContext());
			applicationContext = services.createChild("test application");
			applicationContext.set(UISynchronize.class, new TestUISynchronize(display));
			ContextInjectionFactory.setDefault(applicationContext);
		}
		return applicationContext;
	}

	IEclipseContext context() {
		return context;
	}

	Shell shell() {
		return shell;
	}

	WorkspaceService workspaceService() {
		return workspaceService;
	}

	/** Creates the part in the shell, opens the shell and lets it lay out. */
	<T> T make(Class<T> partClass) {
		T part = ContextInjectionFactory.make(partClass, context);
		shell.open();
		shell.layout(true, true);
		dispatchEvents();
		return part;
	}

	/** Runs the display's event loop until the condition holds, and fails after the timeout. */
	void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			if (!shell.getDisplay().readAndDispatch()) {
				sleepBriefly();
			}
		}
	}

	void dispatchEvents() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs every pending event, such as paints and asynchronous runnables.
		}
	}

	@Override
	public void close() {
		context.dispose();
		shell.dispose();
	}

	static <T extends Control> List<T> findAll(Composite root, Class<T> type) {
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

	private static void sleepBriefly() {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the display", e);
		}
	}
}
