package org.sipqm.ui.internal.jface;

import org.sipqm.model.edit.SipqmItemProviderAdapterFactory;

/** The one item provider adapter factory the workbench's viewers share. */
public final class ModelAdapters {

	private static final SipqmItemProviderAdapterFactory FACTORY = new SipqmItemProviderAdapterFactory();

	private ModelAdapters() {
	}

	public static SipqmItemProviderAdapterFactory factory() {
		return FACTORY;
	}
}
