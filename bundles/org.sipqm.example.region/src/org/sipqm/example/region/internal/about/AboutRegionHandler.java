package org.sipqm.example.region.internal.about;

import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.example.region.internal.RegionalContent;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;

import jakarta.inject.Named;

/**
 * Help &gt; About East Midlands QM: what the East Midlands plug-in adds to the workbench, and why
 * the framework registry rejected its criteria if it did. In the regional product, which this
 * plug-in defines, the product's About text comes first.
 */
public class AboutRegionHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		String text = text(RegionalContent.of(FrameworkRegistry.getDefault()));
		IProduct product = Platform.getProduct();
		if (product != null && product.getDefiningBundle() != null
				&& RegionalContent.PLUGIN_ID.equals(product.getDefiningBundle().getSymbolicName())
				&& product.getProperty("aboutText") != null) { //$NON-NLS-1$
			text = product.getProperty("aboutText") + "\n\n" + text; //$NON-NLS-1$ //$NON-NLS-2$
		}
		MessageDialog.openInformation(shell, Messages.AboutRegion_title, text);
	}

	/** Returns the dialogue's text for the plug-in's content. */
	public static String text(RegionalContent content) {
		if (!content.rejections().isEmpty()) {
			String reasons = content.rejections().stream().map(Object::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
			return NLS.bind(Messages.AboutRegion_rejected, reasons);
		}

		String codes = content.criteria().stream().map(Criterion::getCode).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return NLS.bind(Messages.AboutRegion_text,
				new Object[] { content.criteria().size(), codes, content.descriptors() });
	}
}
