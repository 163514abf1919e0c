package org.sipqm.editor.schedule2.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the schedule 2 editor, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.editor.schedule2.internal.messages"; //$NON-NLS-1$

	public static String Editor_scheduleMissing;
	public static String Header_section;
	public static String Header_schoolCaption;
	public static String Header_school;
	public static String Header_authorityCaption;
	public static String Header_authority;
	public static String Header_periodCaption;
	public static String Header_period;
	public static String Header_periodValue;
	public static String Header_notRecorded;
	public static String Header_unresolved;
	public static String Header_dateCaption;
	public static String Header_date;
	public static String Header_dateHint;
	public static String Header_modeCaption;
	public static String Header_mode;
	public static String Header_modeVisit;
	public static String Header_modeCall;
	public static String Protocol_section;
	public static String Protocol_laConsulted;
	public static String Protocol_laConsultedOnCaption;
	public static String Protocol_laConsultedOn;
	public static String Protocol_sipInformed;
	public static String Protocol_feedbackToLA;
	public static String Protocol_feedbackToSIP;
	public static String Response_answerCaption;
	public static String Response_exampleCaption;
	public static String Response_impactCaption;
	public static String Response_answer;
	public static String Response_example;
	public static String Response_impact;
	public static String Response_concernsIndividual;
	public static String Response_concernsIndividualName;
	public static String Response_unmatchedSection;
	public static String Prompt_caption;
	public static String Prompt_strengths;
	public static String Prompt_areas;
	public static String Closing_section;
	public static String Benefits_caption;
	public static String Benefits_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
