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

	public static String Evidence_link;
	public static String Evidence_linkName;
	public static String Evidence_create;
	public static String Evidence_createName;
	public static String Evidence_unlink;
	public static String Evidence_unlinkName;
	public static String Evidence_details;
	public static String LinkEvidence_shellTitle;
	public static String LinkEvidence_title;
	public static String LinkEvidence_message;
	public static String LinkEvidence_none;
	public static String LinkEvidence_filterCaption;
	public static String LinkEvidence_filterHint;
	public static String LinkEvidence_filterName;
	public static String LinkEvidence_wholeWorkspace;
	public static String LinkEvidence_wholeWorkspaceName;
	public static String LinkEvidence_tableName;
	public static String LinkEvidence_columnTitle;
	public static String LinkEvidence_columnKind;
	public static String LinkEvidence_columnDate;
	public static String LinkEvidence_columnImpact;
	public static String LinkEvidence_columnRestricted;
	public static String LinkEvidence_columnEvaluation;
	public static String LinkEvidence_restricted;
	public static String LinkEvidence_link;
	public static String NewEvidence_shellTitle;
	public static String NewEvidence_title;
	public static String NewEvidence_message;
	public static String NewEvidence_titleCaption;
	public static String NewEvidence_titleName;
	public static String NewEvidence_kindCaption;
	public static String NewEvidence_kindName;
	public static String NewEvidence_dateCaption;
	public static String NewEvidence_dateName;
	public static String NewEvidence_dateHint;
	public static String NewEvidence_sourceCaption;
	public static String NewEvidence_sourceName;
	public static String NewEvidence_descriptionCaption;
	public static String NewEvidence_descriptionName;
	public static String NewEvidence_attachmentCaption;
	public static String NewEvidence_attachmentName;
	public static String NewEvidence_attachmentHint;
	public static String NewEvidence_browse;
	public static String NewEvidence_browseName;
	public static String NewEvidence_browseTitle;
	public static String NewEvidence_impactCaption;
	public static String NewEvidence_impactName;
	public static String NewEvidence_concernsIndividual;
	public static String NewEvidence_concernsIndividualName;
	public static String NewEvidence_create;
	public static String NewEvidence_invalidPath;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
