package org.sipqm.editor.schedule2.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The answer, example and impact fields of each question, bound to the discussion's response to
 * that question.
 * <p>
 * A question may have no response yet. Opening the form adds none, so that opening and saving an
 * evaluation leaves its file as it was. The fields of such a question bind to an empty master
 * value, and the first edit that enters text (or ticks the box) adds a response holding that value
 * with one undoable {@link AddCommand}. Undoing it removes the response again and empties the
 * fields. Each question's master value follows the discussion's list of responses, so the fields
 * also follow responses that Undo and Redo add or remove.
 */
final class ResponseRows {

	private final HeadteacherDiscussion discussion;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private final AdapterImpl responsesListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == Literals.HEADTEACHER_DISCUSSION__RESPONSES && !notification.isTouch()) {
				refresh();
			}
		}
	};

	ResponseRows(HeadteacherDiscussion discussion) {
		this.discussion = discussion;
		discussion.eAdapters().add(responsesListener);
	}

	/**
	 * Adds the fields of one question: answer, example and impact, whether the answer concerns an
	 * individual's performance, and the linked evidence.
	 *
	 * @param criterionUri the question's criterion URI, stored in a response that the first edit adds
	 * @param code         the question's code, which the fields' accessible names give
	 */
	void create(FormToolkit toolkit, Composite client, EditingContext editing, String criterionUri, String code) {
		String key = canonical(criterionUri);
		Row row = new Row(criterionUri, new WritableValue<>(find(key), Response.class));
		rows.put(key, row);

		text(toolkit, client, editing, row, Literals.RESPONSE__ANSWER, Messages.Response_answerCaption,
				NLS.bind(Messages.Response_answer, code));
		text(toolkit, client, editing, row, Literals.RESPONSE__EXAMPLE, Messages.Response_exampleCaption,
				NLS.bind(Messages.Response_example, code));
		text(toolkit, client, editing, row, Literals.RESPONSE__IMPACT, Messages.Response_impactCaption,
				NLS.bind(Messages.Response_impact, code));

		toolkit.createLabel(client, ""); //$NON-NLS-1$
		Button concerns = toolkit.createButton(client, Messages.Response_concernsIndividual, SWT.CHECK);
		EditorWidgets.name(concerns, NLS.bind(Messages.Response_concernsIndividualName, code));
		bind(editing, row, concerns, WidgetProperties.buttonSelection().observe(concerns),
				Literals.RESPONSE__CONCERNS_INDIVIDUAL);

		Label evidenceCaption = toolkit.createLabel(client, Messages.Response_evidenceCaption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(evidenceCaption);
		Label evidence = EditorWidgets.wrappingLabel(toolkit, client, evidenceText(row.master.getValue()), 1);
		EditorWidgets.name(evidence, NLS.bind(Messages.Response_evidence, code));
		row.master.addValueChangeListener(event -> {
			if (!evidence.isDisposed()) {
				evidence.setText(evidenceText(event.diff.getNewValue()));
			}
		});
	}

	/** Returns the responses whose criterion is none of the questions that {@link #create} was given. */
	List<Response> unmatched() {
		return discussion.getResponses().stream()
				.filter(response -> !rows.containsKey(canonical(response.getCriterion()))).toList();
	}

	/** Removes the listener from the discussion. */
	void dispose() {
		discussion.eAdapters().remove(responsesListener);
	}

	private void text(FormToolkit toolkit, Composite client, EditingContext editing, Row row, EAttribute feature,
			String caption, String accessibleName) {
		Label label = toolkit.createLabel(client, caption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Text text = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(EditorWidgets.WRAP_WIDTH_HINT, 2 * text.getLineHeight()).applyTo(text);
		EditorWidgets.name(text, accessibleName);
		EditorWidgets.tabLeaves(text);
		bind(editing, row, text,
				WidgetProperties.text(SWT.Modify).observeDelayed(EditBindings.TYPING_DELAY_MILLIS, text), feature);
	}

	/**
	 * Binds the control to the feature of the row's response through the editing domain, and keeps
	 * the control's element, which revealing an element looks for, equal to that response.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void bind(EditingContext editing, Row row, Control control, IObservableValue target,
			EAttribute feature) {
		control.setData(EditorWidgets.ELEMENT_KEY, row.master.getValue());
		row.master.addValueChangeListener(event -> {
			if (!control.isDisposed()) {
				control.setData(EditorWidgets.ELEMENT_KEY, event.diff.getNewValue());
			}
		});
		IObservableValue model = EMFEditProperties.value(editing.domain(), feature).observeDetail(row.master);
		editing.bindingContext().bindValue(target, model, new AddingStrategy(editing, row, feature), null);
	}

	private void refresh() {
		for (Map.Entry<String, Row> entry : rows.entrySet()) {
			WritableValue<Response> master = entry.getValue().master;
			Response current = find(entry.getKey());
			if (!master.isDisposed() && master.getValue() != current) {
				master.setValue(current);
			}
		}
	}

	private Response find(String key) {
		return discussion.getResponses().stream().filter(response -> key.equals(canonical(response.getCriterion())))
				.findFirst().orElse(null);
	}

	private static String evidenceText(Response response) {
		if (response == null || response.getEvidence().isEmpty()) {
			return Messages.Response_noEvidence;
		}
		return response.getEvidence().stream().map(SipqmLabels::text).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	/** Returns the criterion URI in canonical form, or the text as it is when it is not a criterion URI. */
	static String canonical(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).toString();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}

	/** A question's criterion URI and the value that holds its response, or null while it has none. */
	private record Row(String criterionUri, WritableValue<Response> master) {
	}

	/**
	 * Writes a field's value to the row's response, and adds the response with that value when the
	 * question has none yet. An empty value does not add a response, as it records nothing.
	 */
	private final class AddingStrategy extends UpdateValueStrategy<Object, Object> {

		private final EditingContext editing;
		private final Row row;
		private final EAttribute feature;

		AddingStrategy(EditingContext editing, Row row, EAttribute feature) {
			this.editing = editing;
			this.row = row;
			this.feature = feature;
		}

		@Override
		protected IStatus doSet(IObservableValue<? super Object> observableValue, Object value) {
			if (row.master.getValue() != null) {
				return super.doSet(observableValue, value);
			}
			if (value == null || Boolean.FALSE.equals(value) || value instanceof String text && text.isEmpty()) {
				return Status.OK_STATUS;
			}
			Response response = EvaluationFactory.eINSTANCE.createResponse();
			response.setCriterion(row.criterionUri);
			response.eSet(feature, value);
			editing.session().execute(
					AddCommand.create(editing.domain(), discussion, Literals.HEADTEACHER_DISCUSSION__RESPONSES, response));
			return Status.OK_STATUS;
		}
	}
}
