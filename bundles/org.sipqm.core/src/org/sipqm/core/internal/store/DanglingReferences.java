package org.sipqm.core.internal.store;

import java.util.Iterator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Finds references to elements that are in no resource. EMF saves such a reference by the
 * element's id, as if the element were in the same file, so the file would load with the
 * reference broken. The store rejects the save instead.
 */
public final class DanglingReferences {

	/** A reference from an element to a target that is in no resource. */
	public record Dangling(EObject owner, EReference reference, EObject target) {
	}

	private DanglingReferences() {
	}

	/** Returns the first dangling reference in the resource, or null when there is none. */
	@SuppressWarnings("unchecked")
	public static Dangling findFirst(Resource resource) {
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject owner = contents.next();
			Iterator<EObject> targets = ((InternalEList<EObject>) owner.eCrossReferences()).basicIterator();
			EContentsEList.FeatureIterator<EObject> features = (EContentsEList.FeatureIterator<EObject>) targets;
			while (features.hasNext()) {
				EObject target = features.next();
				if (!target.eIsProxy() && target.eResource() == null) {
					return new Dangling(owner, (EReference) features.feature(), target);
				}
			}
		}
		return null;
	}
}
