package org.sipqm.compare.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.framework.Framework;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.inject.Named;

/** Opens a local framework saved in the workspace in its editor (File &gt; Open Local Framework). */
public class OpenLocalFrameworkHandler {

	@CanExecute
	public boolean canExecute(WorkspaceService workspaceService) {
		return workspaceService.current().isPresent();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceService workspaceService, EPartService partService) {
		Workspace workspace = workspaceService.current().orElse(null);
		if (workspace == null) {
			MessageDialog.openInformation(shell, Messages.Open_title, Messages.Open_noWorkspace);
			return;
		}
		ComparisonStore.Saved saved;
		try {
			saved = ComparisonStore.load(workspace.root());
		} catch (IOException e) {
			ILog.of(getClass()).error("Listing the local frameworks of " + workspace.root() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(shell, Messages.Open_title, e.getMessage());
			return;
		}
		if (!saved.problems().isEmpty()) {
			String files = saved.problems().stream()
					.map(problem -> WorkspaceLayout.toPortableString(problem.file()) + ": " + problem.message()) //$NON-NLS-1$
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
			MessageDialog.openWarning(shell, Messages.Open_title,
					NLS.bind(Messages.Open_problems, saved.problems().size(), files));
		}
		if (saved.frameworks().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Open_title, Messages.Open_none);
			return;
		}
		SavedFrameworkDialog dialog = new SavedFrameworkDialog(shell, saved.frameworks());
		Framework chosen = dialog.open() == Window.OK ? dialog.chosen() : null;
		if (chosen != null) {
			Path file = workspace.root().resolve(ComparisonStore.frameworkPath(chosen));
			LocalFrameworkEditors.open(partService, file);
		}
	}
}
