package org.sipqm.ui.internal.framework;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the framework browser, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.framework.messages"; //$NON-NLS-1$

	public static String FrameworkBrowser_selectPrompt;
	public static String FrameworkBrowser_treeName;
	public static String FrameworkBrowser_critical;
	public static String FrameworkBrowser_origin;
	public static String FrameworkBrowser_originNational;
	public static String FrameworkBrowser_subItems;
	public static String FrameworkBrowser_descriptors;
	public static String FrameworkBrowser_column;
	public static String FrameworkBrowser_noDescriptors;
	public static String FrameworkBrowser_missingContent;
	public static String FrameworkBrowser_criteriaCount;
	public static String FrameworkBrowser_evidenceRequirement;
	public static String FrameworkBrowser_noEvidenceRequirement;
	public static String FrameworkBrowser_jointVisits;
	public static String FrameworkBrowser_purposes;
	public static String FrameworkBrowser_principles;
	public static String FrameworkBrowser_kind;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
