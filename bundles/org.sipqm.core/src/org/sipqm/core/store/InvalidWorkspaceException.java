package org.sipqm.core.store;

import java.io.IOException;

/** Thrown when a folder cannot be opened or set up as a workspace. The message states why and what to do. */
public class InvalidWorkspaceException extends IOException {

	private static final long serialVersionUID = 1L;

	public InvalidWorkspaceException(String message) {
		super(message);
	}
}
