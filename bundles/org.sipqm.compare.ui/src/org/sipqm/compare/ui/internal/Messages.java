package org.sipqm.compare.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of this bundle, loaded from {@code messages.properties} beside this class, so
 * that a region can adjust the wording.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.compare.ui.internal.messages"; //$NON-NLS-1$

	public static String HeatMap_noWorkspace;
	public static String HeatMap_noJudgements;
	public static String HeatMap_term;
	public static String HeatMap_period;
	public static String HeatMap_count;
	public static String HeatMap_localAuthority;
	public static String HeatMap_criterionTooltip;
	public static String HeatMap_legend;
	public static String Crosswalk_importLocal;
	public static String Crosswalk_openCrosswalk;
	public static String Crosswalk_saveCrosswalk;
	public static String Crosswalk_noLocal;
	public static String Crosswalk_savedFramework;
	public static String Crosswalk_savedItem;
	public static String Crosswalk_savedProblems;
	public static String Crosswalk_status;
	public static String Crosswalk_localCriteria;
	public static String Crosswalk_nationalCriteria;
	public static String Crosswalk_code;
	public static String Crosswalk_statement;
	public static String Crosswalk_mapping;
	public static String Crosswalk_similarity;
	public static String Crosswalk_suggestions;
	public static String Crosswalk_relationship;
	public static String Crosswalk_strength;
	public static String Crosswalk_accept;
	public static String Crosswalk_reject;
	public static String Crosswalk_unmapped;
	public static String Crosswalk_notCovered;
	public static String Crosswalk_covered;
	public static String Crosswalk_importTitle;
	public static String Crosswalk_importQuestion;
	public static String Crosswalk_importRejected;
	public static String Crosswalk_problem;
	public static String Crosswalk_fileFailed;
	public static String Relationship_equivalent;
	public static String Relationship_localNarrower;
	public static String Relationship_localBroader;
	public static String Relationship_overlaps;
	public static String Strength_weak;
	public static String Strength_moderate;
	public static String Strength_strong;
	public static String Crosswalk_criterionCode;
	public static String Term_autumn;
	public static String Term_spring;
	public static String Term_summer;
	public static String Crosswalk_exportCoverage;
	public static String Coverage_exportTitle;
	public static String Coverage_nothingToExport;
	public static String Coverage_noExporter;
	public static String Coverage_exportProgress;
	public static String Coverage_exportFailed;
	public static String History_localAuthority;
	public static String History_schedule;
	public static String History_allSchedules;
	public static String History_scheduleItem;
	public static String History_legend;
	public static String History_focusedCell;
	public static String History_tableName;
	public static String History_noGrades;
	public static String History_count;
	public static String History_criterion;
	public static String History_cellPlace;
	public static String History_cellEmpty;
	public static String History_cellFirst;
	public static String History_cellImproved;
	public static String History_cellDeclined;
	public static String History_cellSame;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
