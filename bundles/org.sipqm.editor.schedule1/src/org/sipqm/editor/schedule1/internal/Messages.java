package org.sipqm.editor.schedule1.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the schedule 1 editor, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.editor.schedule1.internal.messages"; //$NON-NLS-1$

	public static String Editor_scheduleMissing;
	public static String Editor_promptCaption;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
