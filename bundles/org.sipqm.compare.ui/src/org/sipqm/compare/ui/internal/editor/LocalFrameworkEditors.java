package org.sipqm.compare.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens local framework files in editors, one editor per file. */
public final class LocalFrameworkEditors {

	private LocalFrameworkEditors() {
	}

	/** Shows the editor of the framework file, creating it when the file is not open yet, and activates it. */
	public static MPart open(EPartService partService, Path file) {
		String path = file.toAbsolutePath().normalize().toString();
		MPart part = partService.getParts().stream()
				.filter(candidate -> path.equals(candidate.getPersistedState().get(LocalFrameworkEditorPart.FILE_KEY)))
				.findFirst().orElseGet(() -> {
					MPart created = partService.createPart(LocalFrameworkEditorPart.DESCRIPTOR_ID);
					created.getPersistedState().put(LocalFrameworkEditorPart.FILE_KEY, path);
					return created;
				});
		return partService.showPart(part, PartState.ACTIVATE);
	}
}
