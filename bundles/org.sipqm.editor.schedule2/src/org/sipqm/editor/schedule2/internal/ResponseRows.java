package org.sipqm.editor.schedule2.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
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
import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The answer, example and impact fields of each question, and its linked evidence, bound to the
 * discussion's response to that question.
 * <p>
 * A question may have no response yet. Opening the form adds none, so that opening and saving an
 * evaluation leaves its file as it was. The fields of such a question bind to a response that the
 * session keeps outside the model ({@code EvaluationEditingSession.pendingElement}), through an
 * {@link AttachOnEditDomain}: the first edit that records something, such as text, a tick or a
 * linked evidence item, adds the response to the discussion in the same undoable command.
 * Undoing that edit removes the response again and empties the fields.
 */
final class ResponseRows {

	private final HeadteacherDiscussion discussion;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private final AdapterImpl responsesListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == Literals.HEADTEACHER_DISCUSSION__RESPONSES && !notification.isTouch()) {
				rows.values().forEach(Row::trackElement);
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
		Response response = find(key);
		if (response == null) {
			response = editing.session().pendingElement(
					Literals.HEADTEACHER_DISCUSSION__RESPONSES.getName() + "/" + key, Response.class, //$NON-NLS-1$
					() -> unanswered(criterionUri));
		}
		AttachOnEditDomain domain = new AttachOnEditDomain(editing.domain(), discussion,
				Literals.HEADTEACHER_DISCUSSION__RESPONSES, response);
		Row row = new Row(response, domain, new ArrayList<>());
		rows.put(key, row);
		EditingContext rowEditing = editing.withDomain(domain);

		text(toolkit, client, rowEditing, row, Literals.RESPONSE__ANSWER, Messages.Response_answerCaption,
				NLS.bind(Messages.Response_answer, code));
		text(toolkit, client, rowEditing, row, Literals.RESPONSE__EXAMPLE, Messages.Response_exampleCaption,
				NLS.bind(Messages.Response_example, code));
		text(toolkit, client, rowEditing, row, Literals.RESPONSE__IMPACT, Messages.Response_impactCaption,
				NLS.bind(Messages.Response_impact, code));

		toolkit.createLabel(client, ""); //$NON-NLS-1$
		Button concerns = toolkit.createButton(client, Messages.Response_concernsIndividual, SWT.CHECK);
		EditorWidgets.name(concerns, NLS.bind(Messages.Response_concernsIndividualName, code));
		bind(rowEditing, row, concerns, WidgetProperties.buttonSelection().observe(concerns),
				Literals.RESPONSE__CONCERNS_INDIVIDUAL);

		EditorWidgets.evidence(toolkit, client, rowEditing, response, Literals.RESPONSE__EVIDENCE, code);
		row.trackElement();
	}

	/** Returns the responses whose criterion matches none of the questions passed to {@link #create}. */
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
	 * Binds the control to the feature of the row's response through the row's domain, which adds
	 * the response with the first edit. A value that records nothing, such as empty text, adds no response.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void bind(EditingContext editing, Row row, Control control, IObservableValue target,
			EAttribute feature) {
		row.controls().add(control);
		IObservableValue model = EMFEditProperties.value(editing.domain(), feature).observe(row.response());
		UpdateValueStrategy<Object, Object> toModel = new UpdateValueStrategy<>() {
			@Override
			protected IStatus doSet(IObservableValue<? super Object> observableValue, Object value) {
				if (!row.domain().isAttached() && recordsNothing(value)) {
					return Status.OK_STATUS;
				}
				return super.doSet(observableValue, value);
			}
		};
		editing.bindingContext().bindValue(target, model, toModel, null);
	}

	private static boolean recordsNothing(Object value) {
		return value == null || Boolean.FALSE.equals(value) || value instanceof String text && text.isEmpty();
	}

	private Response find(String key) {
		return discussion.getResponses().stream().filter(response -> key.equals(canonical(response.getCriterion())))
				.findFirst().orElse(null);
	}

	private static Response unanswered(String criterionUri) {
		Response response = EvaluationFactory.eINSTANCE.createResponse();
		response.setCriterion(criterionUri);
		return response;
	}

	/** Returns the criterion URI in canonical form, or the text as it is when it is not a criterion URI. */
	static String canonical(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).toString();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}

	/**
	 * A question's response, contained by the discussion or, until its first edit, by nothing, with
	 * the domain that adds it and the controls that edit its attributes.
	 */
	private record Row(Response response, AttachOnEditDomain domain, List<Control> controls) {

		/**
		 * Sets each control's element, which revealing an element looks for, to the response while
		 * the discussion contains it, and to null while it does not.
		 */
		void trackElement() {
			Response element = domain.isAttached() ? response : null;
			for (Control control : controls) {
				if (!control.isDisposed()) {
					control.setData(EditorWidgets.ELEMENT_KEY, element);
				}
			}
		}
	}
}
