package org.sipqm.core.internal.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Finds references to elements of other files that cannot be resolved, without loading any file:
 * a proxy counts as resolvable only when its file is already in the resource set and contains the
 * element.
 */
public final class UnresolvedReferences {

	/** A reference from an element to a target that could not be found. */
	public record Unresolved(EObject owner, EReference reference, URI target) {
	}

	private UnresolvedReferences() {
	}

	/** Returns the unresolved references of all elements of the resource, in document order. */
	public static List<Unresolved> in(Resource resource) {
		List<Unresolved> unresolved = new ArrayList<>();
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			unresolved.addAll(of(contents.next()));
		}
		return unresolved;
	}

	/** Returns the unresolved references of one element, not of its children. */
	public static List<Unresolved> of(EObject owner) {
		List<Unresolved> unresolved = new ArrayList<>();
		ResourceSet resourceSet = owner.eResource() == null ? null : owner.eResource().getResourceSet();

		EContentsEList.FeatureIterator<EObject> targets = crossReferences(owner);
		while (targets.hasNext()) {
			EObject target = targets.next();
			if (target.eIsProxy() && resolve(target, resourceSet) == null) {
				unresolved.add(new Unresolved(owner, (EReference) targets.feature(), ((InternalEObject) target).eProxyURI()));
			}
		}
		return unresolved;
	}

	/** Returns the element a proxy stands for, when its file is loaded, or null. */
	public static EObject resolve(EObject proxy, ResourceSet resourceSet) {
		if (resourceSet == null) {
			return null;
		}
		URI uri = ((InternalEObject) proxy).eProxyURI();
		Resource resource = resourceSet.getResource(uri.trimFragment(), false);
		return resource == null || uri.fragment() == null ? null : resource.getEObject(uri.fragment());
	}

	@SuppressWarnings("unchecked")
	private static EContentsEList.FeatureIterator<EObject> crossReferences(EObject owner) {
		// The basic iterator of the cross-reference list returns proxies as they are.
		Iterator<EObject> iterator = ((InternalEList<EObject>) owner.eCrossReferences()).basicIterator();
		return (EContentsEList.FeatureIterator<EObject>) iterator;
	}
}
