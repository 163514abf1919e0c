package org.sipqm.ui.internal.editing;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Asks the user what to do with unsaved evaluations. The workbench uses {@link DialogSavePrompt};
 * tests give the save handler a prompt that answers without a modal dialog.
 */
public interface SavePrompt {

	/** The user's answer to the prompt. */
	enum Choice {
		SAVE, DISCARD, CANCEL
	}

	/** Asks whether to save, discard or keep editing the unsaved evaluations of these parts. */
	Choice ask(List<MPart> dirtyParts);

	/** Tells the user that saving failed, with the message of the failure. */
	void showSaveFailure(MPart part, String message);
}
