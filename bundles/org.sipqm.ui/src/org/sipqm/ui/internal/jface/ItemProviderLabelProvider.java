package org.sipqm.ui.internal.jface;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.sipqm.model.edit.SipqmLabels;

/**
 * A JFace label provider over EMF.Edit item providers. Texts come from {@link SipqmLabels}, so that
 * an element reads the same in every view, and from the item provider for elements it does not
 * label. Images that item providers give as URLs are created once and disposed with this provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		String label = SipqmLabels.text(element);
		if (label != null) {
			return label;
		}
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		Object image = provider == null ? null : provider.getImage(element);
		return image instanceof URL url ? resources.create(ImageDescriptor.createFromURL(url)) : null;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}

	private IItemLabelProvider labelProvider(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label : null;
	}
}
