package org.sipqm.ui.internal.problems;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Problems view, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.problems.messages"; //$NON-NLS-1$

	public static String Problems_noWorkspace;
	public static String Problems_validating;
	public static String Problems_validationJob;
	public static String Problems_validationFailed;
	public static String Problems_counts;
	public static String Problems_countsFiltered;
	public static String Problems_oneError;
	public static String Problems_errors;
	public static String Problems_oneWarning;
	public static String Problems_warnings;
	public static String Problems_oneInfo;
	public static String Problems_infos;
	public static String Problems_show;
	public static String Problems_allSeverities;
	public static String Problems_errorsOnly;
	public static String Problems_warningsOnly;
	public static String Problems_infosOnly;
	public static String Problems_columnSeverity;
	public static String Problems_columnRule;
	public static String Problems_columnMessage;
	public static String Problems_columnFile;
	public static String Problems_columnElement;
	public static String Problems_wholeFile;
	public static String Problems_tableName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
