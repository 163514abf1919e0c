package org.sipqm.core.internal.evidence;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the evidence attachments and the evidence index, loaded from
 * {@code messages.properties} beside this class so that a region can adjust the wording.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.core.internal.evidence.messages"; //$NON-NLS-1$

	public static String Attachment_none;
	public static String Attachment_invalid;
	public static String Attachment_absolute;
	public static String Attachment_outside;
	public static String Attachment_linkOutside;
	public static String Attachment_notFound;

	public static String Import_notAFile;
	public static String Import_notInWorkspace;
	public static String Import_failed;
	public static String Import_copyFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
