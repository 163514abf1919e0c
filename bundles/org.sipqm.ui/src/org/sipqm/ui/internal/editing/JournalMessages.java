package org.sipqm.ui.internal.editing;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the autosave journal and its recovery, loaded from {@code journal.properties}. */
public final class JournalMessages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.editing.journal"; //$NON-NLS-1$

	public static String Recovery_title;
	public static String Recovery_message;
	public static String Recovery_tableLabel;
	public static String Recovery_evaluationColumn;
	public static String Recovery_fileColumn;
	public static String Recovery_editedColumn;
	public static String Recovery_conditionColumn;
	public static String Recovery_choiceColumn;
	public static String Recovery_recoverable;
	public static String Recovery_stale;
	public static String Recovery_corrupt;
	public static String Recovery_unknownTime;
	public static String Recovery_noLabel;
	public static String Recovery_detailsLabel;
	public static String Recovery_recoverButton;
	public static String Recovery_discardButton;
	public static String Recovery_keepButton;
	public static String Recovery_apply;
	public static String Recovery_decideLater;
	public static String Recovery_choiceRecover;
	public static String Recovery_choiceDiscard;
	public static String Recovery_choiceKeep;
	public static String Recovery_failedTitle;
	public static String Recovery_notInWorkspace;
	public static String Recovery_noEditor;
	public static String Recovery_failed;
	public static String Recovery_listFailed;
	public static String Recovery_discardFailed;
	public static String Startup_fileMissing;
	public static String Startup_failedTitle;
	public static String Startup_notFound;
	public static String Startup_elementNotFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, JournalMessages.class);
	}

	private JournalMessages() {
	}
}
