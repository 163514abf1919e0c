package org.sipqm.ui.internal.workspace;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.Bundle;

/**
 * Sets the images of the product's {@value #PROPERTY} property as the default images of every
 * window and dialogue. The e4 window renderer gives a window without an icon URI these default
 * images, so a region rebrands the window by changing the product property.
 */
final class WindowImages {

	/** Product property: comma-separated image paths relative to the product's bundle, small to large. */
	static final String PROPERTY = "windowImages"; //$NON-NLS-1$

	private WindowImages() {
	}

	/**
	 * Loads the product's window images and sets them as the JFace default images. The images
	 * live as long as the workbench, so they are never disposed.
	 */
	static void applyProductImages() {
		IProduct product = Platform.getProduct();
		String paths = product == null ? null : product.getProperty(PROPERTY);
		if (paths == null || paths.isBlank()) {
			return;
		}

		Bundle bundle = product.getDefiningBundle();
		List<Image> images = new ArrayList<>();
		for (String path : paths.split(",")) { //$NON-NLS-1$
			URL url = bundle.getEntry(path.strip());
			if (url == null) {
				ILog.of(WindowImages.class).warn("The window image " + path.strip() + " named by the product property " //$NON-NLS-1$ //$NON-NLS-2$
						+ PROPERTY + " is not in the bundle " + bundle.getSymbolicName()); //$NON-NLS-1$
				continue;
			}
			images.add(ImageDescriptor.createFromURL(url).createImage());
		}
		Window.setDefaultImages(images.toArray(Image[]::new));
	}
}
