package org.sipqm.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/**
 * Shows and activates a part of the window, bringing it back when the user has closed it
 * (Window &gt; Navigator, Window &gt; Framework Browser).
 */
public class ShowPartHandler {

	/** Id of the command parameter that names the part by its element id. */
	public static final String PART_ID_PARAMETER = "org.sipqm.ui.commandparameter.partId"; //$NON-NLS-1$

	@Execute
	public void execute(@Named(PART_ID_PARAMETER) String partId, EPartService partService) {
		partService.showPart(partId, PartState.ACTIVATE);
	}
}
