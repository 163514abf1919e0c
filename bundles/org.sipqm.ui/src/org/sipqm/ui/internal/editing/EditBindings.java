package org.sipqm.ui.internal.editing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Binds form controls to model features through the editing domain, so that every edit is an EMF
 * {@code SetCommand} on the evaluation's command stack and Undo and Redo update the controls.
 */
public final class EditBindings {

	/**
	 * Milliseconds of pause in typing after which a text field's value goes to the model. One pause
	 * makes one undoable edit; Save commits pending typing first through the binding context.
	 */
	public static final int TYPING_DELAY_MILLIS = 400;

	private EditBindings() {
	}

	/** Binds the text field to a string attribute of the owner. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void text(DataBindingContext context, Text text, EditingDomain domain, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY_MILLIS, text);
		IObservableValue model = EMFEditProperties.value(domain, feature).observe(owner);
		context.bindValue(target, model);
	}

	/**
	 * Sends typing that waits for its pause to the model now. Reading a delayed observable's value
	 * fires its pending change; bindings whose fields hold no pending typing execute no command,
	 * unlike {@link DataBindingContext#updateModels()}, which would put a command for every field
	 * on the undo stack.
	 */
	public static void flushPendingTyping(DataBindingContext context) {
		for (Binding binding : context.getBindings()) {
			if (binding.getTarget() instanceof IObservableValue<?> target && !target.isDisposed()) {
				target.getValue();
			}
		}
	}

	/** Binds the viewer's single selection, such as a grade in a combo, to an attribute of the owner. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void selection(DataBindingContext context, StructuredViewer viewer, EditingDomain domain,
			EObject owner, EStructuralFeature feature) {
		IObservableValue target = ViewerProperties.singleSelection().observe(viewer);
		IObservableValue model = EMFEditProperties.value(domain, feature).observe(owner);
		context.bindValue(target, model);
	}

	/**
	 * Binds the text field to a date attribute of the owner, written as yyyy-mm-dd. An empty field
	 * clears the date. Text that is not such a date leaves the model unchanged, and its error goes
	 * to the binding context's validation status and to the returned binding's status.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static Binding date(DataBindingContext context, Text text, EditingDomain domain, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY_MILLIS, text);
		IObservableValue model = EMFEditProperties.value(domain, feature).observe(owner);
		UpdateValueStrategy<String, LocalDate> toModel = new UpdateValueStrategy<String, LocalDate>()
				.setAfterGetValidator(value -> parseDate(value).isPresent() || value.isBlank() ? ValidationStatus.ok()
						: ValidationStatus.error(NLS.bind(Messages.Editor_invalidDate, value)))
				.setConverter(IConverter.create(String.class, LocalDate.class,
						value -> parseDate(value).orElse(null)));
		UpdateValueStrategy<LocalDate, String> toTarget = new UpdateValueStrategy<LocalDate, String>()
				.setConverter(IConverter.create(LocalDate.class, String.class,
						value -> value == null ? "" : value.toString())); //$NON-NLS-1$
		return context.bindValue(target, model, toModel, toTarget);
	}

	private static Optional<LocalDate> parseDate(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** Binds the check box to a boolean attribute of the owner. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void check(DataBindingContext context, Button button, EditingDomain domain, EObject owner,
			EStructuralFeature feature) {
		IObservableValue target = WidgetProperties.buttonSelection().observe(button);
		IObservableValue model = EMFEditProperties.value(domain, feature).observe(owner);
		context.bindValue(target, model);
	}

	/**
	 * Makes the controls under the composite read-only: text stays selectable for reading and for
	 * screen readers, other controls are disabled. Controls tagged with {@link #KEEP_ENABLED} stay
	 * as they are, such as the button that reopens a published evaluation.
	 */
	public static void readOnly(Composite root) {
		for (Control child : root.getChildren()) {
			if (Boolean.TRUE.equals(child.getData(KEEP_ENABLED))) {
				continue;
			}
			if (child instanceof Text text) {
				text.setEditable(false);
			} else if (child instanceof Composite composite && !(child instanceof org.eclipse.swt.widgets.Combo)) {
				readOnly(composite);
			} else if (child instanceof Button || child instanceof org.eclipse.swt.widgets.Combo) {
				child.setEnabled(false);
			}
		}
	}

	/** Key of a control's data that keeps it enabled in a read-only form. */
	public static final String KEEP_ENABLED = EditBindings.class.getName() + ".keepEnabled"; //$NON-NLS-1$
}
