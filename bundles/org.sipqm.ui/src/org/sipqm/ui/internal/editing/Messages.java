package org.sipqm.ui.internal.editing;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the shared editing support, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.editing.messages"; //$NON-NLS-1$

	public static String Editor_notAvailable;
	public static String Editor_saveFailed;
	public static String Editor_readOnly;
	public static String Editor_reopen;
	public static String Editor_reopenTitle;
	public static String Editor_reopenMessage;
	public static String Editor_advance;
	public static String Editor_status;
	public static String Editor_grade;
	public static String Editor_rationale;
	public static String Editor_evidence;
	public static String Editor_noEvidence;
	public static String Editor_statusCaption;
	public static String Editor_historyCaption;
	public static String Editor_statusChange;
	public static String Editor_statusChangeReason;
	public static String Editor_unknownPerson;
	public static String Editor_reasonMissing;
	public static String Editor_invalidDate;
	public static String Editor_gradeCaption;
	public static String Editor_rationaleCaption;
	public static String Editor_evidenceCaption;

	public static String SavePrompt_title;
	public static String SavePrompt_messageOne;
	public static String SavePrompt_messageMany;
	public static String SavePrompt_save;
	public static String SavePrompt_discard;
	public static String SavePrompt_cancel;
	public static String SavePrompt_failedTitle;

	public static String Status_advanceLabel;
	public static String Status_reopenLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
