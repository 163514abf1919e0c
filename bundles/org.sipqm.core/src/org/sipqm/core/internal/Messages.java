package org.sipqm.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of this bundle, loaded from {@code messages.properties} beside this class, so
 * that a region can adjust the wording.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.core.internal.messages"; //$NON-NLS-1$

	public static String Redaction_evidenceWithheld;
	public static String Redaction_responsesWithheld;
	public static String Redaction_rationalesWithheld;
	public static String Redaction_actionsWithheld;

	public static String WorkspaceStore_notAFolder;
	public static String WorkspaceStore_organisationMissing;
	public static String WorkspaceStore_workspaceExists;

	public static String Workspace_notInWorkspace;
	public static String Workspace_organisationNotLoaded;
	public static String Workspace_evaluationExists;
	public static String Workspace_alreadyInFile;
	public static String Workspace_localAuthorityMissing;
	public static String Workspace_danglingReference;
	public static String Workspace_saveFailed;

	public static String EditJournal_corrupt;
	public static String EditJournal_unreadable;
	public static String EditJournal_noHeader;
	public static String EditJournal_badHeaderLine;
	public static String EditJournal_badValue;
	public static String EditJournal_wrongLength;
	public static String EditJournal_wrongChecksum;
	public static String EditJournal_snapshotUnreadable;
	public static String EditJournal_snapshotNoEvaluation;
	public static String EditJournal_fileChanged;
	public static String EditJournal_fileMissing;
	public static String EditJournal_fileUnreadable;

	public static String WorkspaceLoader_noContent;
	public static String WorkspaceLoader_unexpectedContent;
	public static String WorkspaceLoader_extraRoots;
	public static String WorkspaceLoader_unresolvedCrossReference;

	public static String Structure_required;
	public static String Structure_tooFewValues;
	public static String Structure_tooManyValues;
	public static String Structure_danglingReference;
	public static String Structure_duplicateId;
	public static String Structure_badValue;
	public static String Reference_unresolved;

	public static String Rule_criterionInvalidUri;
	public static String Rule_criterionUnknown;
	public static String Rule_criterionWrongSchedule;
	public static String Rule_criterionWrongFramework;
	public static String Rule_sectionUnknown;
	public static String Rule_protocolUnknownStep;
	public static String Rule_academicYearInvalid;
	public static String Rule_dateOutsideYear;
	public static String Rule_dateOutsideTerm;
	public static String Rule_attachmentMissing;
	public static String Rule_duplicateEvaluationId;
	public static String Rule_evaluationPath;
	public static String Rule_loadLocation;
	public static String Rule_loadUnreadable;
	public static String Rule_loadMalformed;
	public static String Rule_loadUnknownContent;
	public static String Rule_loadInvalidContent;
	public static String Rule_loadUnresolvedReference;

	public static String Label_organisation;
	public static String Label_region;
	public static String Label_localAuthority;
	public static String Label_school;
	public static String Label_partner;
	public static String Label_person;
	public static String Label_supportAssignment;
	public static String Label_termlyReview;
	public static String Label_headteacherDiscussion;
	public static String Label_shadowVisit;
	public static String Label_selfEvaluation;
	public static String Label_judgement;
	public static String Label_sectionJudgement;
	public static String Label_response;
	public static String Label_evidenceItem;
	public static String Label_noteOfVisit;
	public static String Label_action;
	public static String Label_protocolCheck;
	public static String Label_outcomeIndicator;
	public static String Label_statusChange;
	public static String Label_unnamed;
	public static String Label_withoutCriterion;
	public static String Label_judgementNoun;
	public static String Label_responseNoun;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
