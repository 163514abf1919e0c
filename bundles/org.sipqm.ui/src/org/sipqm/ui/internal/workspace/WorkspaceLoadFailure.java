package org.sipqm.ui.internal.workspace;

import java.nio.file.Path;

/**
 * A folder that could not be opened as a workspace.
 *
 * @param folder  the folder as the user or the {@code -data} argument named it
 * @param message what went wrong and what to do, for the user
 */
public record WorkspaceLoadFailure(Path folder, String message) {
}
