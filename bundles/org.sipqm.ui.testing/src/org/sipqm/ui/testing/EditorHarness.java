package org.sipqm.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.workspace.WorkspaceService;

/**
 * Renders an editor part into a real SWT shell the way the e4 renderer does: by dependency
 * injection, with the shell as the parent composite, the part's {@link MPart} and a
 * {@link WorkspaceService} that has loaded the test's workspace.
 */
public final class EditorHarness implements AutoCloseable {

	private final Shell shell;
	private final IEclipseContext context;
	private final WorkspaceService workspaceService;
	private IEclipseContext partContext;
	private MPart part;

	public EditorHarness(Path workspaceFolder, int width, int height) throws InterruptedException {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(width, height);

		// The bundle's lazy activation policy starts it on first use, so it has a bundle context here.
		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(EditorHarness.class).getBundleContext());
		context = services.createChild(EditorHarness.class.getSimpleName());
		context.set(Composite.class, shell);
		workspaceService = ContextInjectionFactory.make(WorkspaceService.class, context);
		Job loading = workspaceService.open(workspaceFolder);
		loading.join();
		assertTrue(loading.getResult() == null || loading.getResult().getSeverity() == IStatus.OK, "workspace loaded");
		assertTrue(workspaceService.current().isPresent(), "workspace loaded from " + workspaceFolder);
	}

	public Workspace workspace() {
		return workspaceService.current().orElseThrow();
	}

	/** Creates the editor part for the evaluation in the shell, as the workbench does for a part from a descriptor. */
	public <T> T open(Class<T> editorClass, Evaluation evaluation) {
		part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(EvaluationEditors.editorDescriptorId(evaluation));
		EvaluationEditors.initialise(part, workspace(), evaluation);
		partContext = context.createChild("part");
		partContext.set(MPart.class, part);
		partContext.set(WorkspaceService.class, workspaceService);
		T created = ContextInjectionFactory.make(editorClass, partContext);
		shell.open();
		shell.layout(true, true);
		dispatchEvents();
		return created;
	}

	/** Returns the model element of the editor opened last. */
	public MPart part() {
		return part;
	}

	/** Disposes the editor opened last, as the workbench does when its part is closed. */
	public void closeEditor() {
		if (partContext != null) {
			partContext.dispose();
			partContext = null;
		}
	}

	public Shell shell() {
		return shell;
	}

	public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			if (!shell.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while waiting for the display", e);
				}
			}
		}
	}

	public void dispatchEvents() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs every pending event, such as paints and asynchronous runnables.
		}
	}

	@Override
	public void close() {
		closeEditor();
		context.dispose();
		shell.dispose();
	}

	public static <T extends Control> List<T> findAll(Composite root, Class<T> type) {
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
