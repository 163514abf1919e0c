package org.sipqm.cli.internal;

/** Unreadable or missing input, reported with exit status 2. */
public class InputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}
}
