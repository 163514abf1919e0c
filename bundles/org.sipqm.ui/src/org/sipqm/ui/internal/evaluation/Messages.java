package org.sipqm.ui.internal.evaluation;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the evaluation form, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.evaluation.messages"; //$NON-NLS-1$

	public static String Evaluation_partTitle;
	public static String Evaluation_notAvailable;
	public static String Evaluation_notRecorded;
	public static String Evaluation_unresolved;
	public static String Evaluation_yes;
	public static String Evaluation_no;
	public static String Evaluation_yesOn;
	public static String Evaluation_headerSection;
	public static String Evaluation_localAuthority;
	public static String Evaluation_school;
	public static String Evaluation_partner;
	public static String Evaluation_schedule;
	public static String Evaluation_scheduleNumber;
	public static String Evaluation_period;
	public static String Evaluation_periodValue;
	public static String Evaluation_date;
	public static String Evaluation_author;
	public static String Evaluation_status;
	public static String Evaluation_statusChange;
	public static String Evaluation_file;
	public static String Evaluation_protocolSection;
	public static String Evaluation_mode;
	public static String Evaluation_modeVisit;
	public static String Evaluation_modeCall;
	public static String Evaluation_laConsulted;
	public static String Evaluation_sipInformed;
	public static String Evaluation_feedbackToLA;
	public static String Evaluation_feedbackToSIP;
	public static String Evaluation_overallBenefits;
	public static String Evaluation_jointVisitSection;
	public static String Evaluation_supportLevel;
	public static String Evaluation_purpose;
	public static String Evaluation_protocolChecks;
	public static String Evaluation_unknownStep;
	public static String Evaluation_checkDone;
	public static String Evaluation_checkNotDone;
	public static String Evaluation_checkNotRecorded;
	public static String Evaluation_summaryToHeadteacher;
	public static String Evaluation_summaryToLA;
	public static String Evaluation_scheduleMissing;
	public static String Evaluation_noSections;
	public static String Evaluation_missingContent;
	public static String Evaluation_unmatchedSection;
	public static String Evaluation_unknownCriterion;
	public static String Evaluation_criterionName;
	public static String Evaluation_answerName;
	public static String Evaluation_sectionJudgementName;
	public static String Evaluation_critical;
	public static String Evaluation_sectionJudgement;
	public static String Evaluation_notEvaluated;
	public static String Evaluation_noJudgement;
	public static String Evaluation_noResponse;
	public static String Evaluation_nothingRecorded;
	public static String Evaluation_answer;
	public static String Evaluation_example;
	public static String Evaluation_impact;
	public static String Evaluation_evidence;
	public static String Evaluation_evidenceDetails;
	public static String Evaluation_severityError;
	public static String Evaluation_severityWarning;
	public static String Evaluation_severityInfo;
	public static String Evaluation_problemsSection;
	public static String Evaluation_restricted;
	public static String Evaluation_kindDocument;
	public static String Evaluation_kindMeetingRecord;
	public static String Evaluation_kindObservation;
	public static String Evaluation_kindData;
	public static String Evaluation_kindDiscussion;
	public static String Evaluation_kindSipReport;
	public static String Evaluation_kindOther;
	public static String Evaluation_noteSection;
	public static String Evaluation_noteDate;
	public static String Evaluation_strengths;
	public static String Evaluation_areas;
	public static String Evaluation_actions;
	public static String Evaluation_noActions;
	public static String Evaluation_actionDetails;
	public static String Evaluation_actionOpen;
	public static String Evaluation_actionInProgress;
	public static String Evaluation_actionCompleted;
	public static String Evaluation_actionWithdrawn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
