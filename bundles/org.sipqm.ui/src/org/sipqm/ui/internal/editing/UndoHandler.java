package org.sipqm.ui.internal.editing;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Undoes the last edit of the active evaluation editor (Edit &gt; Undo, Ctrl+Z). */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		EvaluationEditingSession session = EditingSessions.of(part);
		return session != null && session.commandStack().canUndo();
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (canExecute(part)) {
			EditingSessions.of(part).commandStack().undo();
		}
	}
}
