package org.sipqm.ui.internal.editing;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/** Lets a window close only after the user has saved or discarded its unsaved evaluations, or none are left. */
public final class DirtyWindowCloseHandler implements IWindowCloseHandler {

	private final EModelService modelService;
	private final ISaveHandler saveHandler;

	public DirtyWindowCloseHandler(EModelService modelService, ISaveHandler saveHandler) {
		this.modelService = modelService;
		this.saveHandler = saveHandler;
	}

	@Override
	public boolean close(MWindow window) {
		List<MPart> dirty = EditingSessions.dirty(modelService.findElements(window, null, MPart.class));
		return saveHandler.saveParts(dirty, true);
	}
}
