package org.sipqm.export.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Text of exported documents and export messages, loaded from {@code messages.properties} beside
 * this class, so that a region can adjust the wording. The templates read the same text through
 * {@link #asMap()}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.export.internal.messages";

	public static String Exporter_noteOfVisitPdf;
	public static String Exporter_noteOfVisitHtml;
	public static String Exporter_termlyReportPdf;
	public static String Exporter_termlyReportHtml;
	public static String Exporter_discussionSummaryPdf;
	public static String Exporter_discussionSummaryHtml;
	public static String Exporter_regionalSummaryPdf;
	public static String Exporter_regionalSummaryHtml;
	public static String Exporter_regionalSummaryXlsx;
	public static String Exporter_judgementsCsv;
	public static String Audience_internal;
	public static String Audience_shared;
	public static String ExportRun_task;
	public static String ExportRun_selectionDescription;
	public static String ExportRun_nothingAccepted;
	public static String ExportRun_oneEvaluationOnly;
	public static String ExportRun_audienceNotSupported;
	public static String ExportRun_subjectOnly;
	public static String ExportRun_subjectNotAccepted;
	public static String ActionStatus_open;
	public static String ActionStatus_inProgress;
	public static String ActionStatus_completed;
	public static String ActionStatus_withdrawn;
	public static String EvidenceKind_document;
	public static String EvidenceKind_meetingRecord;
	public static String EvidenceKind_observation;
	public static String EvidenceKind_data;
	public static String EvidenceKind_discussion;
	public static String EvidenceKind_sipReport;
	public static String EvidenceKind_other;
	public static String Header_localAuthority;
	public static String Header_school;
	public static String Header_headteacher;
	public static String Header_term;
	public static String Header_termValue;
	public static String Header_date;
	public static String Header_author;
	public static String Header_status;
	public static String Header_partner;
	public static String Header_supportLevel;
	public static String Header_summaryToHeadteacher;
	public static String Header_summaryToLA;
	public static String Header_mode;
	public static String Header_schoolVisit;
	public static String Header_telephoneCall;
	public static String Header_laConsulted;
	public static String Header_consultedOn;
	public static String Header_sipInformed;
	public static String Header_feedbackToLA;
	public static String Header_feedbackToSIP;
	public static String Document_noteOfVisitTitle;
	public static String Document_termlyReportTitle;
	public static String Document_discussionSummaryTitle;
	public static String Document_sharedNote;
	public static String Document_internalNote;
	public static String Document_withheld;
	public static String Document_purpose;
	public static String Document_strengths;
	public static String Document_areas;
	public static String Document_overallBenefits;
	public static String Document_responses;
	public static String Document_gradeSummary;
	public static String Document_judgements;
	public static String Document_sectionJudgements;
	public static String Document_noteOfVisit;
	public static String Document_noNoteOfVisit;
	public static String Document_noStrengths;
	public static String Document_actions;
	public static String Document_noActions;
	public static String Document_action;
	public static String Document_owner;
	public static String Document_dueDate;
	public static String Document_actionStatus;
	public static String Document_protocol;
	public static String Document_protocolStep;
	public static String Document_protocolDone;
	public static String Document_protocolDate;
	public static String Document_protocolNote;
	public static String Document_done;
	public static String Document_notDone;
	public static String Document_evidence;
	public static String Document_noEvidence;
	public static String Document_evidenceTitle;
	public static String Document_evidenceKind;
	public static String Document_evidenceDate;
	public static String Document_evidenceSource;
	public static String Document_evidenceImpact;
	public static String Document_untitledEvidence;
	public static String Document_grade;
	public static String Document_count;
	public static String Document_notEvaluated;
	public static String Document_notEvaluatedCount;
	public static String Document_critical;
	public static String Document_rationale;
	public static String Document_noRationale;
	public static String Document_answer;
	public static String Document_example;
	public static String Document_impact;
	public static String Document_otherCriteria;
	public static String Document_unknownCriterion;
	public static String Document_yes;
	public static String Document_no;
	public static String Document_producedOn;
	public static String Document_page;
	public static String Document_pageOf;
	public static String Summary_title;
	public static String Summary_scope;
	public static String Summary_evaluations;
	public static String Summary_authority;
	public static String Summary_code;
	public static String Summary_schedule;
	public static String Summary_judgements;
	public static String Summary_gradeDistribution;
	public static String Summary_gradeDistributionNote;
	public static String Summary_scheduleTitle;
	public static String Summary_criterion;
	public static String Summary_chartDescription;
	public static String Summary_jointVisits;
	public static String Summary_jointVisitsNote;
	public static String Summary_noJointVisitRows;
	public static String Summary_actions;
	public static String Summary_overdue;
	public static String Summary_noActions;
	public static String Summary_noAuthority;
	public static String Summary_withheldFrom;
	public static String Summary_withheldEvidence;
	public static String Summary_withheldResponses;
	public static String Summary_withheldRationales;
	public static String Summary_withheldActions;
	public static String JointVisits_eachTerm;
	public static String JointVisits_eachYear;
	public static String JointVisits_notRequired;
	public static String JointVisits_unknownRequirement;
	public static String JointVisits_unknownLevel;
	public static String JointVisits_coordinators;
	public static String JointVisits_met;
	public static String JointVisits_notMet;
	public static String JointVisits_metForYear;
	public static String JointVisits_notMetForYear;
	public static String JointVisits_notRequiredShort;
	public static String JointVisits_unknown;
	public static String Column_authority;
	public static String Column_authorityCode;
	public static String Column_academicYear;
	public static String Column_term;
	public static String Column_schedule;
	public static String Column_evaluation;
	public static String Column_date;
	public static String Column_criterion;
	public static String Column_grade;
	public static String Column_gradeNumber;
	public static String Column_notEvaluated;
	public static String Column_evidenceCount;
	public static String Column_rationale;
	public static String Column_supportLevel;
	public static String Column_requirement;
	public static String Column_jointVisits;
	public static String Column_coordinators;
	public static String Column_compliance;
	public static String Column_action;
	public static String Column_owner;
	public static String Column_dueDate;
	public static String Column_status;
	public static String Sheet_judgements;
	public static String Sheet_jointVisits;
	public static String Sheet_actions;
	public static String Chart_criterion;
	public static String Chart_authorities;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Returns every message by its key, for the templates. */
	public static Map<String, String> asMap() {
		Map<String, String> messages = new LinkedHashMap<>();
		for (var field : Messages.class.getFields()) {
			try {
				if (field.getType() == String.class) {
					messages.put(field.getName(), (String) field.get(null));
				}
			} catch (IllegalAccessException e) {
				throw new IllegalStateException("Cannot read the message " + field.getName(), e);
			}
		}
		return Collections.unmodifiableMap(messages);
	}
}
