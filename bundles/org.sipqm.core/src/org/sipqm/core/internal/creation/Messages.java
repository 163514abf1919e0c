package org.sipqm.core.internal.creation;

import org.eclipse.osgi.util.NLS;

/** Messages of new evaluations, loaded from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.core.internal.creation.messages"; //$NON-NLS-1$

	public static String Creation_scheduleMissing;
	public static String Creation_authorityMissing;
	public static String Creation_authorityOutside;
	public static String Creation_schoolMissing;
	public static String Creation_schoolOutside;
	public static String Creation_yearMissing;
	public static String Creation_yearInvalid;
	public static String Creation_termMissing;
	public static String Creation_authorMissing;
	public static String Creation_authorOutside;
	public static String Creation_organisationMissing;
	public static String Creation_duplicate;
	public static String Creation_fileExists;

	public static String Creation_schedule1;
	public static String Creation_schedule2;
	public static String Creation_schedule3;
	public static String Creation_schedule4;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
