package org.sipqm.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.ui.internal.Messages;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.inject.Named;

/**
 * Asks for a workspace folder and opens it in place of the current workspace (File &gt; Open
 * Workspace…, Ctrl+Shift+O). The folder loads in the background like the one at start-up.
 */
public class OpenWorkspaceHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceService workspaceService) {
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.OPEN);
		dialog.setText(Messages.OpenWorkspaceHandler_title);
		dialog.setMessage(Messages.OpenWorkspaceHandler_message);
		workspaceService.current().map(Workspace::root).map(Path::toString).ifPresent(dialog::setFilterPath);

		String folder = dialog.open();
		if (folder != null) {
			workspaceService.open(Path.of(folder));
		}
	}
}
