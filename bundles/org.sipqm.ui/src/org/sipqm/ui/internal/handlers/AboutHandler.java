package org.sipqm.ui.internal.handlers;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.sipqm.ui.internal.Messages;

import jakarta.inject.Named;

/**
 * Shows the product name, the version of this bundle and the build id. The build id is the
 * version qualifier, which the Tycho build sets to the build timestamp.
 */
public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		IProduct product = Platform.getProduct();
		String productName = product != null ? product.getName() : Messages.AboutHandler_unnamedProduct;
		Version version = FrameworkUtil.getBundle(AboutHandler.class).getVersion();

		String title = NLS.bind(Messages.AboutHandler_title, productName);
		String text = NLS.bind(Messages.AboutHandler_text, new Object[] { productName,
				version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), //$NON-NLS-1$ //$NON-NLS-2$
				version.getQualifier() });
		MessageDialog.openInformation(shell, title, text);
	}
}
