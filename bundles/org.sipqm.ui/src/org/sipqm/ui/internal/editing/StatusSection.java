package org.sipqm.ui.internal.editing;

import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.StatusChange;

/** The section with the evaluation's status, its recorded changes and the button for the next step. */
final class StatusSection {

	private StatusSection() {
	}

	static void create(FormToolkit toolkit, Composite body, EditingContext editing, EvaluationEditorPart editor) {
		Evaluation evaluation = editing.session().evaluation();
		Composite client = EditorWidgets.section(toolkit, body, Messages.Editor_status, 2);

		toolkit.createLabel(client, Messages.Editor_statusCaption);
		Label status = toolkit.createLabel(client, SipqmLabels.status(evaluation.getStatus()));
		EditorWidgets.name(status, Messages.Editor_status);

		if (!evaluation.getStatusChanges().isEmpty()) {
			toolkit.createLabel(client, Messages.Editor_historyCaption);
			EditorWidgets.wrappingLabel(toolkit, client, history(evaluation), 1);
		}

		if (StatusWorkflow.isReadOnly(evaluation)) {
			EditorWidgets.wrappingLabel(toolkit, client, Messages.Editor_readOnly, 2);
			Button reopen = toolkit.createButton(client, Messages.Editor_reopen, SWT.PUSH);
			reopen.setData(EditBindings.KEEP_ENABLED, Boolean.TRUE);
			reopen.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> editor.askAndReopen()));
			GridDataFactory.swtDefaults().span(2, 1).applyTo(reopen);
		} else {
			EvaluationStatus next = StatusWorkflow.next(evaluation).orElseThrow();
			Button advance = toolkit.createButton(client,
					NLS.bind(Messages.Editor_advance, SipqmLabels.status(next)), SWT.PUSH);
			advance.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> editor.advanceStatus()));
			GridDataFactory.swtDefaults().span(2, 1).applyTo(advance);
		}
	}

	private static String history(Evaluation evaluation) {
		return evaluation.getStatusChanges().stream().map(StatusSection::describe)
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	private static String describe(StatusChange change) {
		String text = NLS.bind(Messages.Editor_statusChange, new Object[] { change.getDate(),
				SipqmLabels.status(change.getFrom()), SipqmLabels.status(change.getTo()),
				change.getBy() == null ? Messages.Editor_unknownPerson : change.getBy() });
		return change.getReason() == null || change.getReason().isBlank() ? text
				: NLS.bind(Messages.Editor_statusChangeReason, text, change.getReason());
	}
}
