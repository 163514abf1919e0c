package org.sipqm.ui.internal.editing;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStack;

import jakarta.inject.Named;

/** Undoes the last edit of the active editor, such as an evaluation editor (Edit &gt; Undo, Ctrl+Z). */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		CommandStack stack = EditingSessions.commandStackOf(part);
		return stack != null && stack.canUndo();
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (canExecute(part)) {
			EditingSessions.commandStackOf(part).undo();
		}
	}
}
