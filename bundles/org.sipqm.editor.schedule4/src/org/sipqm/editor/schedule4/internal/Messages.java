package org.sipqm.editor.schedule4.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the schedule 4 editor, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.editor.schedule4.internal.messages"; //$NON-NLS-1$

	public static String Editor_scheduleMissing;

	public static String Grid_criterion;
	public static String Grid_gradeName;
	public static String Grid_overall;
	public static String Grid_overallName;
	public static String Grid_overallRationaleName;
	public static String Grid_gradeCaption;
	public static String Grid_rationaleCaption;

	public static String Note_section;
	public static String Note_strengthsCaption;
	public static String Note_strengths;
	public static String Note_areasCaption;
	public static String Note_areas;
	public static String Note_actions;
	public static String Note_addAction;
	public static String Note_removeAction;
	public static String Note_actionNumber;
	public static String Note_descriptionName;
	public static String Note_ownerCaption;
	public static String Note_ownerName;
	public static String Note_dueCaption;
	public static String Note_dueHint;
	public static String Note_dueName;
	public static String Note_statusCaption;
	public static String Note_statusName;
	public static String Note_removeName;

	public static String Status_open;
	public static String Status_inProgress;
	public static String Status_completed;
	public static String Status_withdrawn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
