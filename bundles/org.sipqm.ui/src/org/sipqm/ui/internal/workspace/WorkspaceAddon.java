package org.sipqm.ui.internal.workspace;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The model add-on that gives the workbench its workspace: it puts a {@link WorkspaceService}
 * into the application context, sets the product's window images, and starts loading the
 * instance location ({@code -data}) before the window is rendered. When a workspace has loaded
 * it names the folder in the window title, closes the evaluations of the previous workspace and
 * reports load problems in a dialogue.
 */
public class WorkspaceAddon {

	@PostConstruct
	public void start(IEclipseContext applicationContext) {
		WindowImages.applyProductImages();

		WorkspaceService service = ContextInjectionFactory.make(WorkspaceService.class, applicationContext);
		applicationContext.set(WorkspaceService.class, service);
		InstanceLocation.folder(Platform.getInstanceLocation()).ifPresent(service::open);
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace workspace, MApplication application,
			EModelService modelService) {
		String title = windowTitle(workspace.root());
		for (MWindow window : application.getChildren()) {
			window.setLabel(title);
		}
		EvaluationEditors.closeOutside(workspace, application, modelService);

		if (!workspace.problems().isEmpty()) {
			new LoadProblemsDialog(mainShell(application), workspace).open();
		}
	}

	@Inject
	@Optional
	void workspaceFailed(@UIEventTopic(WorkspaceEvents.FAILED) WorkspaceLoadFailure failure, MApplication application) {
		MessageDialog.openError(mainShell(application), Messages.WorkspaceAddon_failedTitle, failure.message());
	}

	/** Returns the window title for a workspace folder: the product name and the folder name. */
	static String windowTitle(Path folder) {
		IProduct product = Platform.getProduct();
		String productName = product != null && product.getName() != null ? product.getName()
				: Messages.WorkspaceAddon_productName;
		Path name = folder.getFileName();
		return NLS.bind(Messages.WorkspaceAddon_windowTitle, productName, name != null ? name : folder);
	}

	/** Returns the shell of the first rendered window, or null before any window is rendered. */
	private static Shell mainShell(MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
				return shell;
			}
		}
		return null;
	}
}
