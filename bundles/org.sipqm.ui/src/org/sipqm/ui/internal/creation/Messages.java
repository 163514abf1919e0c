package org.sipqm.ui.internal.creation;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the New Evaluation wizard, loaded from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.creation.messages"; //$NON-NLS-1$

	public static String NewEvaluation_windowTitle;
	public static String NewEvaluation_pageTitle;
	public static String NewEvaluation_description;
	public static String NewEvaluation_schedule;
	public static String NewEvaluation_schedule1;
	public static String NewEvaluation_schedule2;
	public static String NewEvaluation_schedule3;
	public static String NewEvaluation_schedule4;
	public static String NewEvaluation_authority;
	public static String NewEvaluation_school;
	public static String NewEvaluation_schoolNotNeeded;
	public static String NewEvaluation_year;
	public static String NewEvaluation_yearHint;
	public static String NewEvaluation_term;
	public static String NewEvaluation_author;
	public static String NewEvaluation_authorHint;
	public static String NewEvaluation_file;
	public static String NewEvaluation_fileAndNewPerson;
	public static String NewEvaluation_createFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
