package org.sipqm.compare.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of this bundle, loaded from {@code messages.properties} beside this class, so
 * that a region can adjust the wording.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.compare.internal.messages"; //$NON-NLS-1$

	public static String Import_noHeader;
	public static String Import_missingColumn;
	public static String Import_emptyRow;
	public static String Import_missingValue;
	public static String Import_invalidSchedule;
	public static String Import_invalidCritical;
	public static String Import_invalidCode;
	public static String Import_duplicateCode;
	public static String Import_sectionTitleDiffers;
	public static String Import_invalidEncoding;
	public static String Import_unreadableFile;
	public static String Import_notAccepted;
	public static String Check_invalidId;
	public static String Check_invalidEdition;
	public static String Check_missingName;
	public static String Check_invalidScheduleNumber;
	public static String Check_duplicateScheduleNumber;
	public static String Check_missingSectionCode;
	public static String Check_duplicateSectionCode;
	public static String Check_missingCriterionCode;
	public static String Check_duplicateCriterionCode;
	public static String Check_missingWording;
	public static String Check_missingDescriptor;
	public static String Check_uncoded;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
