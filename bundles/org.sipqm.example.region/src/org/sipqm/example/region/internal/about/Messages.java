package org.sipqm.example.region.internal.about;

import org.eclipse.osgi.util.NLS;

/** Texts of the About East Midlands QM dialogue, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AboutRegion_title;
	public static String AboutRegion_text;
	public static String AboutRegion_rejected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
