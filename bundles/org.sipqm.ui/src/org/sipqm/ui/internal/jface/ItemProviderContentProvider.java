package org.sipqm.ui.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers: the children, parent and elements of
 * an object are those its item provider gives.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Object[] array) {
			return array;
		}
		if (input instanceof java.util.Collection<?> collection) {
			return collection.toArray();
		}
		Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider structured
				? structured.getElements(input).toArray()
				: new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree : null;
	}
}
