package org.sipqm.editor.schedule3.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.ComputedValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.sipqm.ui.internal.editing.EvaluationEditingSession;

/**
 * The elements of one containment list of the evaluation, each found by a key, such as the
 * protocol check of a protocol step or the judgement of a criterion. A key may have no element
 * yet: its fields then show default values and the first edit adds the element (see
 * {@link CreateOnEditValue}), at the position that keeps the list in the framework's order.
 * Every observable made here is disposed by {@link #dispose()}.
 */
final class KeyedElements {

	private final EvaluationEditingSession session;
	private final EObject container;
	private final EReference reference;
	private final Function<EObject, String> keyOf;
	private final List<String> order;
	private final IObservableList<EObject> list;
	private final List<IObservable> observables = new ArrayList<>();

	/**
	 * @param keyOf returns the key of an element of the list
	 * @param order the keys in the framework's order. A new element is inserted after the elements
	 *              whose keys come earlier in it.
	 */
	@SuppressWarnings("unchecked")
	KeyedElements(EvaluationEditingSession session, EObject container, EReference reference,
			Function<EObject, String> keyOf, List<String> order) {
		this.session = session;
		this.container = container;
		this.reference = reference;
		this.keyOf = keyOf;
		this.order = List.copyOf(order);
		list = (IObservableList<EObject>) EMFProperties.list(reference).observe(container);
		observables.add(list);
	}

	/** Returns the element with the key now, or null when the list has none. */
	EObject find(String key) {
		for (EObject element : list) {
			if (key.equals(keyOf.apply(element))) {
				return element;
			}
		}
		return null;
	}

	/** Returns the keys of the elements that the framework's order does not contain, in list order. */
	List<String> unknownKeys() {
		return list.stream().map(keyOf).filter(key -> key != null && !order.contains(key)).distinct().toList();
	}

	/** Returns an observable of the element with the key, which is null while the list has none. */
	IObservableValue<EObject> element(String key) {
		IObservableValue<EObject> element = ComputedValue.create(() -> find(key));
		observables.add(element);
		return element;
	}

	/**
	 * Returns the value of a feature of the element with the key, which adds the element on the
	 * first edit.
	 *
	 * @param factory creates a detached element with its key set
	 */
	IObservableValue<Object> value(IObservableValue<EObject> element, String key, EStructuralFeature feature,
			Supplier<EObject> factory) {
		CreateOnEditValue value = new CreateOnEditValue(session, element, feature, factory,
				created -> addition(key, created));
		observables.add(value);
		return value;
	}

	private Command addition(String key, EObject created) {
		int rank = order.indexOf(key);
		int index = 0;
		for (int i = 0; i < list.size(); i++) {
			int other = order.indexOf(keyOf.apply(list.get(i)));
			if (other >= 0 && other < rank) {
				index = i + 1;
			}
		}
		return AddCommand.create(session.domain(), container, reference, created, index);
	}

	void dispose() {
		for (int i = observables.size() - 1; i >= 0; i--) {
			observables.get(i).dispose();
		}
		observables.clear();
	}
}
