package org.sipqm.compare.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the local framework editor, loaded from {@code messages.properties} beside this class. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.compare.ui.internal.editor.messages"; //$NON-NLS-1$

	public static String Editor_partTitle;
	public static String Editor_noFile;
	public static String Editor_openFailed;
	public static String Editor_saveFailed;
	public static String Editor_formTitle;
	public static String Editor_details;
	public static String Editor_problems;
	public static String Editor_noProblems;
	public static String Editor_elements;
	public static String Editor_addSchedule;
	public static String Editor_addSection;
	public static String Editor_addCriterion;
	public static String Editor_remove;
	public static String Editor_moveUp;
	public static String Editor_moveDown;
	public static String Editor_frameworkNode;
	public static String Editor_scheduleNode;
	public static String Editor_sectionNode;
	public static String Editor_criterionNode;
	public static String Editor_criticalCriterionNode;
	public static String Field_name;
	public static String Field_id;
	public static String Field_edition;
	public static String Field_issuer;
	public static String Field_dateOfIssue;
	public static String Field_number;
	public static String Field_title;
	public static String Field_subtitle;
	public static String Field_purpose;
	public static String Field_code;
	public static String Field_wording;
	public static String Field_critical;
	public static String Field_kind;
	public static String Field_subItems;
	public static String Field_column1;
	public static String Field_column2;
	public static String Field_column3;
	public static String Field_column4;
	public static String Kind_standard;
	public static String Kind_question;
	public static String Kind_prompt;
	public static String Open_title;
	public static String Open_message;
	public static String Open_none;
	public static String Open_noWorkspace;
	public static String Open_item;
	public static String Open_problems;
	public static String New_title;
	public static String New_message;
	public static String New_invalidId;
	public static String New_exists;
	public static String New_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
