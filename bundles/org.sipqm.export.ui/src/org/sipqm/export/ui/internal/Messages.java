package org.sipqm.export.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the export wizard, loaded from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.export.ui.internal.messages"; //$NON-NLS-1$

	public static String ExportWizard_title;
	public static String ExportWizard_failed;
	public static String EvaluationsPage_title;
	public static String EvaluationsPage_description;
	public static String EvaluationsPage_fromSelection;
	public static String EvaluationsPage_byFilter;
	public static String EvaluationsPage_authority;
	public static String EvaluationsPage_year;
	public static String EvaluationsPage_term;
	public static String EvaluationsPage_schedule;
	public static String EvaluationsPage_all;
	public static String EvaluationsPage_scheduleItem;
	public static String EvaluationsPage_count;
	public static String EvaluationsPage_none;
	public static String FormatPage_title;
	public static String FormatPage_description;
	public static String FormatPage_formats;
	public static String FormatPage_audience;
	public static String FormatPage_internal;
	public static String FormatPage_shared;
	public static String FormatPage_folder;
	public static String FormatPage_browse;
	public static String FormatPage_folderDialog;
	public static String FormatPage_noFormat;
	public static String FormatPage_noFolder;
	public static String FormatPage_notAFolder;
	public static String FormatPage_nothingAccepted;
	public static String FormatPage_files;
	public static String Summary_title;
	public static String Summary_written;
	public static String Summary_failed;
	public static String Summary_cancelled;
	public static String Summary_failure;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
