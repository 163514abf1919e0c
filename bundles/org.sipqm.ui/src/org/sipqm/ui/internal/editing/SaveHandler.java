package org.sipqm.ui.internal.editing;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Saves the evaluation of the active editor (File &gt; Save, Ctrl+S). */
public class SaveHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isDirty();
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService partService) {
		if (canExecute(part)) {
			partService.savePart(part, false);
		}
	}
}
