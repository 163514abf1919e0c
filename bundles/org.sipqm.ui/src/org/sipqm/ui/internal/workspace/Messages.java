package org.sipqm.ui.internal.workspace;

import org.eclipse.osgi.util.NLS;

/** User-facing text about opening workspaces, loaded from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.ui.internal.workspace.messages"; //$NON-NLS-1$

	public static String WorkspaceService_loadJob;
	public static String WorkspaceService_unexpectedFailure;

	public static String WorkspaceAddon_windowTitle;
	public static String WorkspaceAddon_productName;
	public static String WorkspaceAddon_failedTitle;

	public static String LoadProblemsDialog_title;
	public static String LoadProblemsDialog_message;
	public static String LoadProblemsDialog_listName;
	public static String LoadProblemsDialog_position;
	public static String LoadProblemsDialog_line;
	public static String LoadProblemsDialog_fileLeftOut;
	public static String LoadProblemsDialog_partLeftOut;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
