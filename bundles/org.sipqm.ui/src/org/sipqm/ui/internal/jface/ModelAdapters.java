package org.sipqm.ui.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.sipqm.model.edit.SipqmItemProviderAdapterFactory;

/**
 * The one item provider adapter factory the workbench's viewers share: the generated item
 * providers of the three model packages, labelled by {@link org.sipqm.model.edit.SipqmLabels}.
 */
public final class ModelAdapters {

	private static final SipqmItemProviderAdapterFactory FACTORY = new SipqmItemProviderAdapterFactory();

	private ModelAdapters() {
	}

	public static AdapterFactory factory() {
		return FACTORY;
	}
}
