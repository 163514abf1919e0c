package org.sipqm.core.journal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Computes the feature values that turn an evaluation in the workspace into a recovered snapshot
 * of it, so that recovery can run as edits on the evaluation's command stack. The user then sees
 * the recovered edits as unsaved changes and can undo them, and every element that did not change
 * stays the same object.
 * <p>
 * Elements of the two trees are paired by their position in each containment feature while the
 * classes match. Where a containment list differs in length or classes, the snapshot's elements
 * replace the list whole. References to elements of the snapshot are mapped to their paired
 * elements in the workspace, and references to other files are resolved in the workspace's
 * resource set.
 */
public final class SnapshotChanges {

	/** The value of a {@link Change} that unsets its feature. */
	public static final Object UNSET = new Object() {
		@Override
		public String toString() {
			return "unset"; //$NON-NLS-1$
		}
	};

	/**
	 * One feature value to set: {@code owner.eSet(feature, value)}, or {@code owner.eUnset(feature)}
	 * when the value is {@link SnapshotChanges#UNSET}. A many-valued feature's value is the whole new
	 * list.
	 */
	public record Change(EObject owner, EStructuralFeature feature, Object value) {
	}

	private final ResourceSet workspaceResources;
	private final Map<EObject, EObject> liveBySnapshot = new IdentityHashMap<>();
	private final List<Change> containmentChanges = new ArrayList<>();
	private final List<Change> referenceChanges = new ArrayList<>();
	private final List<EObject[]> pairs = new ArrayList<>();

	private SnapshotChanges(ResourceSet workspaceResources) {
		this.workspaceResources = workspaceResources;
	}

	/**
	 * Returns the changes that make the live evaluation equal to the snapshot, attributes and
	 * containments first, then references. Applying them moves elements out of the snapshot, which
	 * is of no further use afterwards. An empty list means the two are equal.
	 *
	 * @throws IllegalArgumentException when the two evaluations are of different classes
	 */
	public static List<Change> between(Evaluation live, Evaluation snapshot) {
		if (live.eClass() != snapshot.eClass()) {
			throw new IllegalArgumentException("The snapshot is a " + snapshot.eClass().getName() //$NON-NLS-1$
					+ " but the evaluation in the workspace is a " + live.eClass().getName()); //$NON-NLS-1$
		}
		ResourceSet resources = live.eResource() != null ? live.eResource().getResourceSet() : null;
		SnapshotChanges changes = new SnapshotChanges(resources);
		changes.pair(live, snapshot);
		for (EObject[] pair : changes.pairs) {
			changes.compareReferences(pair[0], pair[1]);
		}
		List<Change> all = new ArrayList<>(changes.containmentChanges);
		all.addAll(changes.referenceChanges);
		return List.copyOf(all);
	}

	/** Applies the changes directly, without a command stack. */
	public static void apply(List<Change> changes) {
		for (Change change : changes) {
			if (change.value() == UNSET) {
				change.owner().eUnset(change.feature());
			} else {
				change.owner().eSet(change.feature(), change.value());
			}
		}
	}

	private void pair(EObject live, EObject snapshot) {
		liveBySnapshot.put(snapshot, live);
		pairs.add(new EObject[] { live, snapshot });
		for (EStructuralFeature feature : live.eClass().getEAllStructuralFeatures()) {
			if (!isCopied(feature)) {
				continue;
			}
			if (feature instanceof EAttribute) {
				compareAttribute(live, snapshot, feature);
			} else if (((EReference) feature).isContainment()) {
				compareContainment(live, snapshot, (EReference) feature);
			}
		}
	}

	private void compareAttribute(EObject live, EObject snapshot, EStructuralFeature feature) {
		if (live.eIsSet(feature) != snapshot.eIsSet(feature) || !Objects.equals(live.eGet(feature), snapshot.eGet(feature))) {
			containmentChanges.add(valueChange(live, snapshot, feature, snapshot.eGet(feature)));
		}
	}

	private void compareContainment(EObject live, EObject snapshot, EReference feature) {
		if (feature.isMany()) {
			List<?> liveChildren = (List<?>) live.eGet(feature);
			List<?> snapshotChildren = (List<?>) snapshot.eGet(feature);
			if (sameShape(liveChildren, snapshotChildren)) {
				for (int i = 0; i < liveChildren.size(); i++) {
					pair((EObject) liveChildren.get(i), (EObject) snapshotChildren.get(i));
				}
			} else {
				containmentChanges.add(new Change(live, feature, new ArrayList<>(snapshotChildren)));
			}
			return;
		}

		EObject liveChild = (EObject) live.eGet(feature);
		EObject snapshotChild = (EObject) snapshot.eGet(feature);
		if (liveChild != null && snapshotChild != null && liveChild.eClass() == snapshotChild.eClass()) {
			pair(liveChild, snapshotChild);
		} else if (liveChild != snapshotChild) {
			containmentChanges.add(valueChange(live, snapshot, feature, snapshotChild));
		}
	}

	private void compareReferences(EObject live, EObject snapshot) {
		for (EStructuralFeature feature : live.eClass().getEAllStructuralFeatures()) {
			if (!(feature instanceof EReference reference) || reference.isContainment() || !isCopied(feature)) {
				continue;
			}
			if (reference.isMany()) {
				List<?> liveTargets = (List<?>) live.eGet(reference, false);
				List<?> snapshotTargets = (List<?>) snapshot.eGet(reference, false);
				List<Object> mapped = snapshotTargets.stream().map(target -> (Object) map((EObject) target)).toList();
				if (!sameTargets(liveTargets, mapped)) {
					referenceChanges.add(new Change(live, reference, new ArrayList<>(mapped)));
				}
			} else {
				EObject liveTarget = (EObject) live.eGet(reference, false);
				EObject snapshotTarget = (EObject) snapshot.eGet(reference, false);
				EObject mapped = snapshotTarget == null ? null : map(snapshotTarget);
				if (live.eIsSet(reference) != snapshot.eIsSet(reference) || !sameTarget(liveTarget, mapped)) {
					referenceChanges.add(valueChange(live, snapshot, reference, mapped));
				}
			}
		}
	}

	/**
	 * Returns the element of the workspace that a snapshot's reference should point to: the paired
	 * element, the snapshot's own element when its list replaces the workspace's, or the resolved
	 * element of another file.
	 */
	private EObject map(EObject target) {
		EObject live = liveBySnapshot.get(target);
		if (live != null) {
			return live;
		}
		if (target.eIsProxy() && workspaceResources != null) {
			return EcoreUtil.resolve(target, workspaceResources);
		}
		return target;
	}

	private static boolean sameTargets(List<?> live, List<?> mapped) {
		if (live.size() != mapped.size()) {
			return false;
		}
		for (int i = 0; i < live.size(); i++) {
			if (!sameTarget((EObject) live.get(i), (EObject) mapped.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Returns whether two references name the same element, comparing unresolved proxies by URI. */
	private static boolean sameTarget(EObject live, EObject mapped) {
		if (live == mapped) {
			return true;
		}
		if (live == null || mapped == null) {
			return false;
		}
		URI liveUri = EcoreUtil.getURI(live);
		return live.eIsProxy() || mapped.eIsProxy() ? liveUri.equals(EcoreUtil.getURI(mapped)) : false;
	}

	private static boolean sameShape(List<?> live, List<?> snapshot) {
		if (live.size() != snapshot.size()) {
			return false;
		}
		for (int i = 0; i < live.size(); i++) {
			if (((EObject) live.get(i)).eClass() != ((EObject) snapshot.get(i)).eClass()) {
				return false;
			}
		}
		return true;
	}

	private static Change valueChange(EObject live, EObject snapshot, EStructuralFeature feature, Object value) {
		return new Change(live, feature, snapshot.eIsSet(feature) ? copyIfList(value) : UNSET);
	}

	private static Object copyIfList(Object value) {
		return value instanceof List<?> list ? new ArrayList<>(list) : value;
	}

	private static boolean isCopied(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
				&& !(feature instanceof EReference reference && reference.isContainer());
	}
}
