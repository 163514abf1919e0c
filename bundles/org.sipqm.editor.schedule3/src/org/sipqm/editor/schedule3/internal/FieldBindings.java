package org.sipqm.editor.schedule3.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.sipqm.ui.internal.editing.EditBindings;

/**
 * Binds controls to observable model values with the same update policies as the shared
 * {@link EditBindings}: text goes to the model after a pause in typing, and a date is written as
 * yyyy-mm-dd. Unlike {@link EditBindings#date}, an invalid date shows an error decoration on its field.
 */
final class FieldBindings {

	private FieldBindings() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void text(DataBindingContext context, Text text, IObservableValue<Object> model) {
		IObservableValue target = WidgetProperties.text(SWT.Modify).observeDelayed(EditBindings.TYPING_DELAY_MILLIS,
				text);
		context.bindValue(target, model);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void check(DataBindingContext context, Button button, IObservableValue<Object> model) {
		IObservableValue target = WidgetProperties.buttonSelection().observe(button);
		context.bindValue(target, model);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void selection(DataBindingContext context, StructuredViewer viewer, IObservableValue<Object> model) {
		IObservableValue target = ViewerProperties.singleSelection().observe(viewer);
		context.bindValue(target, model);
	}

	/**
	 * Binds the text field to a date value. An empty field clears the date. Text that is not a date
	 * leaves the model unchanged and shows an error decoration on the field that names the fix.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void date(DataBindingContext context, Text text, IObservableValue<Object> model) {
		IObservableValue target = WidgetProperties.text(SWT.Modify).observeDelayed(EditBindings.TYPING_DELAY_MILLIS,
				text);
		UpdateValueStrategy<String, LocalDate> toModel = new UpdateValueStrategy<String, LocalDate>()
				.setAfterGetValidator(value -> value.isBlank() || parseDate(value).isPresent() ? ValidationStatus.ok()
						: ValidationStatus.error(NLS.bind(Messages.Editor_invalidDate, value)))
				.setConverter(IConverter.create(String.class, LocalDate.class, value -> parseDate(value).orElse(null)));
		UpdateValueStrategy<LocalDate, String> toTarget = new UpdateValueStrategy<LocalDate, String>()
				.setConverter(IConverter.create(LocalDate.class, String.class,
						value -> value == null ? "" : value.toString())); //$NON-NLS-1$
		Binding binding = context.bindValue(target, model, (UpdateValueStrategy) toModel, (UpdateValueStrategy) toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
	}

	private static Optional<LocalDate> parseDate(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
