package org.sipqm.evidence.browser.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the evidence browser, loaded from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.evidence.browser.internal.messages"; //$NON-NLS-1$

	public static String Browser_noWorkspace;
	public static String Browser_indexing;
	public static String Browser_indexJob;
	public static String Browser_tableName;
	public static String Browser_gapTableName;
	public static String Browser_tableHint;

	public static String Filter_find;
	public static String Filter_findMessage;
	public static String Filter_localAuthority;
	public static String Filter_school;
	public static String Filter_term;
	public static String Filter_schedule;
	public static String Filter_criterion;
	public static String Filter_kind;
	public static String Filter_impact;
	public static String Filter_restricted;
	public static String Filter_all;
	public static String Filter_restrictedOnly;
	public static String Filter_notRestricted;
	public static String Filter_scheduleValue;
	public static String Filter_termValue;
	public static String Filter_gapMode;
	public static String Filter_gapModeHint;
	public static String Filter_clear;

	public static String Action_openEvaluation;
	public static String Action_openAttachment;
	public static String Action_addFiles;
	public static String Action_addFilesHint;

	public static String Count_evidence;
	public static String Count_restricted;
	public static String Count_gaps;

	public static String Column_title;
	public static String Column_kind;
	public static String Column_date;
	public static String Column_localAuthority;
	public static String Column_school;
	public static String Column_schedule;
	public static String Column_term;
	public static String Column_academicYear;
	public static String Column_criteria;
	public static String Column_criterion;
	public static String Column_judgements;
	public static String Column_impact;
	public static String Column_restricted;
	public static String Column_gap;
	public static String Column_grade;
	public static String Column_required;
	public static String Column_strongest;
	public static String Column_evaluation;
	public static String Restricted_yes;
	public static String Restricted_tooltip;
	public static String Judgement_value;
	public static String Judgement_notEvaluated;
	public static String Gap_tooWeak;
	public static String Gap_noEvidence;
	public static String Gap_noneLinked;

	public static String Kind_document;
	public static String Kind_meetingRecord;
	public static String Kind_observation;
	public static String Kind_data;
	public static String Kind_discussion;
	public static String Kind_sipReport;
	public static String Kind_other;

	public static String Choose_title;
	public static String Choose_message;
	public static String Choose_filter;
	public static String Add_failedTitle;
	public static String Add_dialogTitle;
	public static String Attachment_failedTitle;
	public static String Attachment_noProgram;
	public static String Attachment_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
