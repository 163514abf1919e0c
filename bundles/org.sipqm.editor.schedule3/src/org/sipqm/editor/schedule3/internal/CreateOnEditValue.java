package org.sipqm.editor.schedule3.internal;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.value.AbstractObservableValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.IValueChangeListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sipqm.ui.internal.editing.EvaluationEditingSession;

/**
 * The value of one feature of a model element that may not exist yet, such as the grade of a
 * judgement that the evaluation does not contain. While the element is missing, the value is the
 * feature's default and nothing is added to the evaluation. The first edit that sets another value
 * creates the element with that value and adds it through one undoable command, so undoing the edit
 * removes the element again. Once the element exists, edits are {@code SetCommand}s through
 * {@link EMFEditProperties}.
 */
final class CreateOnEditValue extends AbstractObservableValue<Object> {

	private final EvaluationEditingSession session;
	private final IObservableValue<EObject> element;
	private final EStructuralFeature feature;
	private final Supplier<EObject> factory;
	private final Function<EObject, Command> addition;
	private final IObservableValue<Object> detail;
	private final IValueChangeListener<Object> listener = event -> refresh();
	private final IValueChangeListener<EObject> elementListener = event -> refresh();
	private Object current;

	/**
	 * @param element  the element, or null while the evaluation does not contain it. It must change
	 *                 to the added element when {@code addition} runs.
	 * @param factory  creates a detached element with its key, such as the criterion, already set
	 * @param addition returns the command that adds a created element to the evaluation
	 */
	@SuppressWarnings("unchecked")
	CreateOnEditValue(EvaluationEditingSession session, IObservableValue<EObject> element,
			EStructuralFeature feature, Supplier<EObject> factory, Function<EObject, Command> addition) {
		super(element.getRealm());
		this.session = session;
		this.element = element;
		this.feature = feature;
		this.factory = factory;
		this.addition = addition;
		detail = (IObservableValue<Object>) EMFEditProperties.value(session.domain(), feature).observeDetail(element);
		current = doGetValue();
		detail.addValueChangeListener(listener);
		element.addValueChangeListener(elementListener);
	}

	private void refresh() {
		Object old = current;
		current = doGetValue();
		if (!Objects.equals(old, current)) {
			fireValueChange(Diffs.createValueDiff(old, current));
		}
	}

	@Override
	protected Object doGetValue() {
		return element.getValue() == null ? feature.getDefaultValue() : detail.getValue();
	}

	@Override
	protected void doSetValue(Object value) {
		if (element.getValue() != null) {
			detail.setValue(value);
			return;
		}
		if (isEmpty(value)) {
			return;
		}
		EObject created = factory.get();
		created.eSet(feature, value);
		session.execute(addition.apply(created));
	}

	/** Returns whether the value records nothing, so that setting it must not create the element. */
	private boolean isEmpty(Object value) {
		return value == null || Objects.equals(value, feature.getDefaultValue())
				|| value instanceof String text && text.isEmpty();
	}

	@Override
	public Object getValueType() {
		return feature;
	}

	@Override
	public synchronized void dispose() {
		element.removeValueChangeListener(elementListener);
		detail.dispose();
		super.dispose();
	}
}
