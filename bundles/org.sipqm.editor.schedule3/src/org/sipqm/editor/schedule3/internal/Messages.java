package org.sipqm.editor.schedule3.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the schedule 3 editor, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.editor.schedule3.internal.messages"; //$NON-NLS-1$

	public static String Editor_scheduleMissing;
	public static String Editor_dateHint;
	public static String Visit_section;
	public static String Visit_schoolCaption;
	public static String Visit_partnerCaption;
	public static String Visit_authorityCaption;
	public static String Visit_termCaption;
	public static String Visit_term;
	public static String Visit_notRecorded;
	public static String Visit_dateCaption;
	public static String Visit_date;
	public static String Visit_supportCaption;
	public static String Visit_support;
	public static String Visit_purposeCaption;
	public static String Visit_purpose;
	public static String Protocol_done;
	public static String Protocol_doneName;
	public static String Protocol_dateCaption;
	public static String Protocol_dateName;
	public static String Protocol_noteCaption;
	public static String Protocol_noteName;
	public static String Protocol_summaryToHeadteacher;
	public static String Protocol_summaryToLA;
	public static String Protocol_step;
	public static String Protocol_unknownStep;
	public static String Headings_section;
	public static String Headings_none;
	public static String Headings_intro;
	public static String Headings_notEvaluated;
	public static String Headings_notEvaluatedName;
	public static String Headings_gradeCaption;
	public static String Headings_grade;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
