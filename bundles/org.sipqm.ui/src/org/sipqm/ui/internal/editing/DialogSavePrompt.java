package org.sipqm.ui.internal.editing;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Asks with a message dialog whose buttons are Save, Don't Save and Cancel. */
final class DialogSavePrompt implements SavePrompt {

	private final Shell shell;

	DialogSavePrompt(Shell shell) {
		this.shell = shell;
	}

	@Override
	public Choice ask(List<MPart> dirtyParts) {
		String titles = dirtyParts.stream().map(MPart::getLabel).collect(Collectors.joining("\n")); //$NON-NLS-1$
		String message = NLS.bind(dirtyParts.size() == 1 ? Messages.SavePrompt_messageOne
				: Messages.SavePrompt_messageMany, titles);
		MessageDialog dialog = new MessageDialog(shell, Messages.SavePrompt_title, null, message,
				MessageDialog.QUESTION, 0, Messages.SavePrompt_save, Messages.SavePrompt_discard,
				Messages.SavePrompt_cancel);
		return switch (dialog.open()) {
		case 0 -> Choice.SAVE;
		case 1 -> Choice.DISCARD;
		default -> Choice.CANCEL;
		};
	}

	@Override
	public void showSaveFailure(MPart part, String message) {
		MessageDialog.openError(shell, Messages.SavePrompt_failedTitle, message);
	}
}
