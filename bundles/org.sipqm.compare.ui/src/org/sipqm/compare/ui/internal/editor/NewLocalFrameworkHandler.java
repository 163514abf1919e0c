package org.sipqm.compare.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.compare.LocalFrameworkElements;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.framework.Framework;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.inject.Named;

/**
 * Creates a local framework with one empty schedule, saves it in the workspace and opens it in its
 * editor (File &gt; New Local Framework).
 */
public class NewLocalFrameworkHandler {

	@CanExecute
	public boolean canExecute(WorkspaceService workspaceService) {
		return workspaceService.current().isPresent();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceService workspaceService, EPartService partService) {
		Workspace workspace = workspaceService.current().orElse(null);
		if (workspace == null) {
			MessageDialog.openInformation(shell, Messages.New_title, Messages.Open_noWorkspace);
			return;
		}
		InputDialog dialog = new InputDialog(shell, Messages.New_title, Messages.New_message, "", //$NON-NLS-1$
				id -> validate(workspace.root(), id));
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			Path file = workspace.root().resolve(create(workspace.root(), dialog.getValue().strip()));
			LocalFrameworkEditors.open(partService, file);
		} catch (IOException e) {
			ILog.of(getClass()).error("Creating a local framework in " + workspace.root() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(shell, Messages.New_failed, e.getMessage());
		}
	}

	/** Returns the message that explains why the id cannot be used, or null when it can. */
	static String validate(Path workspaceFolder, String id) {
		String stripped = id.strip();
		if (!WorkspaceLayout.isFileNameId(stripped)) {
			return NLS.bind(Messages.New_invalidId, id);
		}
		if (Files.exists(workspaceFolder.resolve(ComparisonStore.FRAMEWORKS_FOLDER).resolve(stripped))) {
			return NLS.bind(Messages.New_exists, stripped);
		}
		return null;
	}

	/** Writes a new framework with the id and one schedule, and returns its file relative to the workspace. */
	static Path create(Path workspaceFolder, String id) throws IOException {
		Framework framework = LocalFrameworkElements.newFramework(id);
		framework.getSchedules().add(LocalFrameworkElements.newSchedule(framework));
		return ComparisonStore.saveFramework(workspaceFolder, framework);
	}
}
