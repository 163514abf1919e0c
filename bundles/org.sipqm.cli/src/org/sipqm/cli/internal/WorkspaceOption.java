package org.sipqm.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;

import picocli.CommandLine.Parameters;

/** The workspace folder argument that the workspace commands share. */
public final class WorkspaceOption {

	@Parameters(index = "0", paramLabel = "WORKSPACE",
			description = "The workspace folder: the one holding organisation.xmi and the evaluations folder.")
	private Path folder;

	/** Opens the workspace, or throws an {@link InputException} saying why it cannot be opened. */
	Workspace open() {
		try {
			return WorkspaceStore.open(folder);
		} catch (IOException e) {
			throw new InputException("Cannot open the workspace " + folder.toAbsolutePath() + ": " + e.getMessage());
		}
	}
}
