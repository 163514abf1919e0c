package org.sipqm.framework;

/**
 * Thrown when a framework resource cannot be read or does not contain a valid framework model.
 * The message names the resource URI and, for a parse failure, the parser's message.
 */
public class FrameworkLoadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FrameworkLoadException(String message) {
		super(message);
	}

	public FrameworkLoadException(String message, Throwable cause) {
		super(message, cause);
	}
}
