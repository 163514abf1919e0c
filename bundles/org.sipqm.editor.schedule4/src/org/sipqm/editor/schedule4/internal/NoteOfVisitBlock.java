package org.sipqm.editor.schedule4.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.WheelScrolling;
import org.sipqm.ui.internal.editing.EvaluationEditingSession;

/**
 * The note of visit: strengths for dissemination, areas for improvement and the agreed actions,
 * each with its description, owner, due date and status. Adding and removing actions are undoable
 * commands; the form is built again whenever the list of actions changes.
 */
final class NoteOfVisitBlock {

	private final NoteOfVisit note;
	private final AdapterImpl actionsListener;

	NoteOfVisitBlock(NoteOfVisit note, Runnable rebuild) {
		this.note = note;
		actionsListener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == Literals.NOTE_OF_VISIT__ACTIONS && !notification.isTouch()) {
					rebuild.run();
				}
			}
		};
		note.eAdapters().add(actionsListener);
	}

	/**
	 * Returns the evaluation's note of visit or, when it has none, an empty note that the model does
	 * not contain until its first edit; {@link #editingOf} adds it then.
	 */
	static NoteOfVisit noteOf(EvaluationEditingSession session) {
		NoteOfVisit note = session.evaluation().getNoteOfVisit();
		if (note != null) {
			return note;
		}
		return session.pendingElement("noteOfVisit", NoteOfVisit.class, //$NON-NLS-1$
				EvaluationFactory.eINSTANCE::createNoteOfVisit);
	}

	/** Returns the context that adds the note to the evaluation with the first edit of its fields or actions. */
	static EditingContext editingOf(EditingContext editing, NoteOfVisit note) {
		return editing.withDomain(new AttachOnEditDomain(editing.domain(), editing.session().evaluation(),
				Literals.EVALUATION__NOTE_OF_VISIT, note));
	}

	void create(FormToolkit toolkit, Composite body, EditingContext editing) {
		Composite client = EditorWidgets.section(toolkit, body, Messages.Note_section, 2);
		EditorWidgets.multiLineText(toolkit, client, editing, note, Literals.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION,
				Messages.Note_strengthsCaption, Messages.Note_strengths, 2);
		EditorWidgets.multiLineText(toolkit, client, editing, note, Literals.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT,
				Messages.Note_areasCaption, Messages.Note_areas, 2);

		Label actionsTitle = toolkit.createLabel(client, Messages.Note_actions);
		actionsTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.swtDefaults().span(2, 1).indent(0, 10).applyTo(actionsTitle);
		int number = 1;
		for (Action action : note.getActions()) {
			action(toolkit, client, editing, action, number++);
		}
		Button add = toolkit.createButton(client, Messages.Note_addAction, SWT.PUSH);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(add);
		add.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
			Action action = EvaluationFactory.eINSTANCE.createAction();
			action.setStatus(ActionStatus.OPEN);
			editing.domain().getCommandStack()
					.execute(AddCommand.create(editing.domain(), note, Literals.NOTE_OF_VISIT__ACTIONS, action));
		}));
	}

	private void action(FormToolkit toolkit, Composite client, EditingContext editing, Action action, int number) {
		Composite row = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(4).extendedMargins(0, 0, 6, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(row);
		EditorWidgets.paintBorders(toolkit, row);

		toolkit.createLabel(row, NLS.bind(Messages.Note_actionNumber, number));
		Text description = toolkit.createText(row, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT)
				.applyTo(description);
		EditorWidgets.name(description, NLS.bind(Messages.Note_descriptionName, number));
		EditBindings.text(editing.bindingContext(), description, editing.domain(), action,
				Literals.ACTION__DESCRIPTION);

		toolkit.createLabel(row, Messages.Note_ownerCaption);
		Text owner = toolkit.createText(row, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(owner);
		EditorWidgets.name(owner, NLS.bind(Messages.Note_ownerName, number));
		EditBindings.text(editing.bindingContext(), owner, editing.domain(), action, Literals.ACTION__OWNER);

		toolkit.createLabel(row, Messages.Note_dueCaption);
		Text due = toolkit.createText(row, ""); //$NON-NLS-1$
		GridDataFactory.swtDefaults().hint(100, SWT.DEFAULT).applyTo(due);
		due.setMessage(Messages.Note_dueHint);
		EditorWidgets.name(due, NLS.bind(Messages.Note_dueName, number));
		EditBindings.date(editing.bindingContext(), due, editing.domain(), action, Literals.ACTION__DUE_DATE);

		toolkit.createLabel(row, Messages.Note_statusCaption);
		ComboViewer status = new ComboViewer(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(status.getCombo(), true, false);
		status.setContentProvider(ArrayContentProvider.getInstance());
		status.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ActionStatusLabels.label((ActionStatus) element);
			}
		});
		status.setInput(ActionStatus.VALUES);
		EditorWidgets.name(status.getCombo(), NLS.bind(Messages.Note_statusName, number));
		WheelScrolling.passToForm(status.getCombo());
		EditBindings.selection(editing.bindingContext(), status, editing.domain(), action, Literals.ACTION__STATUS);

		Button remove = toolkit.createButton(row, Messages.Note_removeAction, SWT.PUSH);
		GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(remove);
		EditorWidgets.name(remove, NLS.bind(Messages.Note_removeName, number));
		remove.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> editing.domain().getCommandStack()
				.execute(RemoveCommand.create(editing.domain(), note, Literals.NOTE_OF_VISIT__ACTIONS, action))));
	}

	void dispose() {
		note.eAdapters().remove(actionsListener);
	}
}
