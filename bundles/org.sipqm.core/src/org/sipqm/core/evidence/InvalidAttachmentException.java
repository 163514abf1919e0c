package org.sipqm.core.evidence;

import java.io.IOException;

/**
 * Thrown when an evidence item's attachment cannot be used: it has none, its path is not valid,
 * leads outside the workspace folder, or names no file. The message names the evidence item, the
 * path and the fix.
 */
public class InvalidAttachmentException extends IOException {

	private static final long serialVersionUID = 1L;

	/** The reason an attachment cannot be used. */
	public enum Reason {
		/** The evidence item records no attachment. */
		NONE,
		/** The path cannot be a file path on this system, such as one with a NUL character. */
		INVALID,
		/** The path is absolute; attachments are recorded relative to the workspace folder. */
		ABSOLUTE,
		/** The path leads out of the workspace folder with "..". */
		OUTSIDE,
		/** The path stays inside the workspace folder by name, but a symbolic link on it leads outside. */
		LINK_OUTSIDE,
		/** The path is inside the workspace folder but no file is there. */
		NOT_FOUND
	}

	private final Reason reason;
	private final String itemId;
	private final String attachment;

	public InvalidAttachmentException(Reason reason, String itemId, String attachment, String message) {
		super(message);
		this.reason = reason;
		this.itemId = itemId;
		this.attachment = attachment;
	}

	public Reason reason() {
		return reason;
	}

	/** Returns the id of the evidence item. */
	public String itemId() {
		return itemId;
	}

	/** Returns the attachment path as the evidence item records it, or null when it records none. */
	public String attachment() {
		return attachment;
	}
}
