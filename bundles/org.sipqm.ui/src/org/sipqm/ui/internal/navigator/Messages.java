package org.sipqm.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the navigator, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.navigator.messages"; //$NON-NLS-1$

	public static String Navigator_noWorkspace;
	public static String Navigator_loading;
	public static String Navigator_notOpened;
	public static String Navigator_treeName;
	public static String Navigator_treeHint;
	public static String Navigator_schools;
	public static String Navigator_evaluations;
	public static String Navigator_unassignedEvaluations;
	public static String Navigator_noAcademicYear;
	public static String Navigator_term;
	public static String Navigator_schoolWithPartner;
	public static String Navigator_schoolWithoutPartner;
	public static String Navigator_authorityWithSupport;
	public static String Navigator_supportForPhase;
	public static String Navigator_supportIntensive;
	public static String Navigator_supportTargeted;
	public static String Navigator_supportUniversal;
	public static String Navigator_supportUnknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
