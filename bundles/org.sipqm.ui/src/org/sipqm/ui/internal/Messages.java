package org.sipqm.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of this bundle, loaded from {@code messages.properties} beside this class.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.messages"; //$NON-NLS-1$

	public static String WelcomePart_formTitle;
	public static String WelcomePart_workspaceLabel;
	public static String WelcomePart_noWorkspace;
	public static String WelcomePart_loadedLabel;
	public static String WelcomePart_loaded;
	public static String WelcomePart_hint;

	public static String AboutHandler_title;
	public static String AboutHandler_text;
	public static String AboutHandler_unnamedProduct;

	public static String OpenWorkspaceHandler_title;
	public static String OpenWorkspaceHandler_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
