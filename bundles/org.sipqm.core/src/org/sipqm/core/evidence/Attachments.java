package org.sipqm.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.evidence.InvalidAttachmentException.Reason;
import org.sipqm.core.internal.evidence.Messages;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.EvidenceItem;

/**
 * Resolves evidence attachments, which items record relative to the workspace folder, to files
 * inside that folder only. A path that is absolute, climbs out with "..", or passes through a
 * symbolic link that leads outside is rejected, so that opening an attachment can never open a
 * file that the workspace does not contain.
 */
public final class Attachments {

	private Attachments() {
	}

	/**
	 * Returns the absolute path of the item's attachment inside the workspace folder. The file
	 * need not exist.
	 *
	 * @throws InvalidAttachmentException when the item has no attachment or its path leads outside
	 *                                    the workspace folder
	 */
	public static Path resolve(Workspace workspace, EvidenceItem item) throws InvalidAttachmentException {
		return resolve(workspace.root(), item);
	}

	/** Resolves as {@link #resolve(Workspace, EvidenceItem)} does, against a workspace folder. */
	public static Path resolve(Path workspaceRoot, EvidenceItem item) throws InvalidAttachmentException {
		String attachment = item.getAttachment();
		String itemId = item.getId();
		if (attachment == null || attachment.isBlank()) {
			throw new InvalidAttachmentException(Reason.NONE, itemId, attachment,
					NLS.bind(Messages.Attachment_none, itemId));
		}

		Path relative;
		try {
			relative = Path.of(attachment);
		} catch (InvalidPathException e) {
			throw invalid(Reason.INVALID, itemId, attachment, Messages.Attachment_invalid);
		}
		if (relative.isAbsolute() || relative.getRoot() != null || attachment.startsWith("/")
				|| attachment.startsWith("\\")) {
			throw invalid(Reason.ABSOLUTE, itemId, attachment, Messages.Attachment_absolute);
		}

		Path root = workspaceRoot.toAbsolutePath().normalize();
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw invalid(Reason.OUTSIDE, itemId, attachment, Messages.Attachment_outside);
		}
		if (!staysInside(root, file)) {
			throw invalid(Reason.LINK_OUTSIDE, itemId, attachment, Messages.Attachment_linkOutside);
		}
		return file;
	}

	/**
	 * Returns the attachment's file as {@link #resolve(Workspace, EvidenceItem)} does, and checks
	 * that it is a regular file.
	 *
	 * @throws InvalidAttachmentException also when no file is at the path
	 */
	public static Path resolveExisting(Workspace workspace, EvidenceItem item) throws InvalidAttachmentException {
		Path file = resolve(workspace, item);
		if (!Files.isRegularFile(file)) {
			throw invalid(Reason.NOT_FOUND, item.getId(), item.getAttachment(), Messages.Attachment_notFound);
		}
		return file;
	}

	/**
	 * Returns whether the real location of the file, or of its nearest existing folder when it does
	 * not exist, is inside the real location of the workspace folder, following symbolic links.
	 */
	private static boolean staysInside(Path root, Path file) throws InvalidAttachmentException {
		try {
			Path realRoot = root.toRealPath();
			Path existing = file;
			while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
				existing = existing.getParent();
			}
			if (existing == null) {
				return false;
			}
			if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
				// A dangling link: where it points cannot be checked, so it is not trusted.
				return false;
			}
			return existing.toRealPath().startsWith(realRoot);
		} catch (IOException e) {
			return false;
		}
	}

	private static InvalidAttachmentException invalid(Reason reason, String itemId, String attachment, String template) {
		return new InvalidAttachmentException(reason, itemId, attachment, NLS.bind(template, itemId, attachment));
	}
}
