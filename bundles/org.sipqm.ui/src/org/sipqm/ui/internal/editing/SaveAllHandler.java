package org.sipqm.ui.internal.editing;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Saves every evaluation with unsaved changes (File &gt; Save All, Ctrl+Shift+S). */
public class SaveAllHandler {

	@CanExecute
	public boolean canExecute(EPartService partService) {
		return !partService.getDirtyParts().isEmpty();
	}

	@Execute
	public void execute(EPartService partService) {
		partService.saveAll(false);
	}
}
