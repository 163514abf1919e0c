package org.sipqm.core.internal.validation.rules;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the judgement rules on evidence, critical criteria, joint visits and consultation,
 * loaded from {@code messages.properties} beside this class so that a region can adjust the
 * wording.
 */
final class RuleMessages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.core.internal.validation.rules.messages"; //$NON-NLS-1$

	public static String Grade_text;

	public static String EvidenceForGrade_none;
	public static String EvidenceForGrade_weak;
	public static String EvidenceForGrade_noImpact;

	public static String Rationale_missing;
	public static String SectionBetterThanCritical;
	public static String CriticalNotJudged;

	public static String Protocol_notDone;
	public static String Protocol_notDated;
	public static String Protocol_afterAgreement;
	public static String Summary_neither;
	public static String Summary_only;
	public static String Summary_headteacher;
	public static String Summary_localAuthority;

	public static String LaConsulted_notRecorded;
	public static String LaConsulted_undated;
	public static String LaConsulted_after;

	public static String DateOutsideTerm_evidence;
	public static String DateOutsideTerm_protocol;

	public static String JointVisit_eachTerm;
	public static String JointVisit_eachYear;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RuleMessages.class);
	}

	private RuleMessages() {
	}
}
