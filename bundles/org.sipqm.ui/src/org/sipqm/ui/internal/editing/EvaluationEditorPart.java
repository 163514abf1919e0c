package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.time.LocalDate;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.ui.internal.evaluation.ElementRevealer;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Base of the editor parts that the schedule editor bundles contribute. It opens an
 * {@link EvaluationEditingSession} for the part's evaluation, keeps the part's dirty flag in step
 * with the command stack (the editor area's tab renderer then puts an asterisk before the title),
 * saves through the workspace when the workbench calls {@link Persist}, and rebuilds the form
 * read-only or editable whenever the evaluation's status changes, including by Undo. The
 * validator's diagnostics show beside the fields through {@link EditorDiagnostics}, refreshed
 * after edits and saves.
 */
public abstract class EvaluationEditorPart implements ElementRevealer {

	private Composite parent;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private EvaluationEditingSession session;
	private DataBindingContext bindingContext;
	private EditorDiagnostics diagnostics;
	private MPart part;
	private JournalRecorder journalRecorder;
	private final AdapterImpl statusListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == Literals.EVALUATION__STATUS) {
				rebuildLater();
			}
		}
	};

	@Inject
	@Optional
	private IEventBroker eventBroker;

	@PostConstruct
	public void createControls(Composite parent, MPart part, WorkspaceService workspaceService) {
		this.parent = parent;
		this.part = part;
		toolkit = new FormToolkit(parent.getDisplay());
		Evaluation evaluation = EvaluationEditors.evaluationOf(part);
		Workspace workspace = workspaceService.current().orElse(null);
		if (evaluation == null || workspace == null) {
			// Only a part restored from an earlier session lacks its evaluation; the product starts afresh.
			Label label = toolkit.createLabel(parent, Messages.Editor_notAvailable, SWT.WRAP);
			label.setFocus();
			return;
		}

		session = new EvaluationEditingSession(workspace, evaluation);
		part.getTransientData().put(EditingSessions.SESSION_KEY, session);
		session.addDirtyListener(() -> {
			part.setDirty(session.isDirty());
			if (eventBroker != null) {
				// Tool items evaluate their handler's @CanExecute again only when asked to.
				eventBroker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
			}
		});
		journalRecorder = JournalRecorder.start(session, parent.getDisplay());
		evaluation.eAdapters().add(statusListener);
		diagnostics = new EditorDiagnostics(session, parent.getDisplay());
		session.commandStack().addCommandStackListener(event -> diagnostics.schedule());
		buildForm();
		part.setDirty(session.isDirty());
	}

	/** Creates the editor's form in the parent, binding its fields through the editing context. */
	protected abstract ScrolledForm createForm(FormToolkit formToolkit, Composite parent, EditingContext editing);

	/**
	 * Creates the form with the display's realm as the default realm of data binding, because the
	 * model observables take the default realm. The workbench sets it, but a bare test shell does not.
	 */
	private void buildForm() {
		Realm.runWithDefault(DisplayRealm.getRealm(parent.getDisplay()), () -> {
			bindingContext = new DataBindingContext();
			EditingContext editing = new EditingContext(session, bindingContext);
			form = createForm(toolkit, parent, editing);
		});
		if (StatusWorkflow.isReadOnly(session.evaluation())) {
			EditBindings.readOnly(form.getBody());
		}
		parent.layout(true, true);
		diagnostics.attach(form);
	}

	/**
	 * Creates the form again once the current event is handled, such as after a change of status or
	 * of the rows of a list that the form shows.
	 */
	protected void rebuildLater() {
		if (parent != null && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(this::rebuildForm);
		}
	}

	/** Throws the form away and creates it again. */
	private void rebuildForm() {
		if (form == null || form.isDisposed()) {
			return;
		}
		EditBindings.flushPendingTyping(bindingContext);
		bindingContext.dispose();
		int scrollY = form.getOrigin().y;
		ScrolledForm old = form;
		// Disposing the focused form moves the focus, and the workbench then calls setFocus, which must not reach it.
		form = null;
		old.dispose();
		buildForm();
		form.setOrigin(0, scrollY);
		form.setFocus();
	}

	/**
	 * Adds the status section: the current status with its history, and the button that moves a
	 * draft to agreed and an agreed evaluation to published, or that reopens a published one.
	 */
	protected void createStatusSection(FormToolkit formToolkit, Composite body, EditingContext editing) {
		StatusSection.create(formToolkit, body, editing, this);
	}

	/** Moves the evaluation to its next status, as an undoable edit. */
	public void advanceStatus() {
		session.execute(StatusWorkflow.advance(session.domain(), session.evaluation(), LocalDate.now()));
	}

	/** Asks the user why the published evaluation is reopened, and reopens it when they give a reason. */
	void askAndReopen() {
		InputDialog dialog = new InputDialog(parent.getShell(), Messages.Editor_reopenTitle,
				Messages.Editor_reopenMessage, "", text -> text.isBlank() ? Messages.Editor_reasonMissing : null); //$NON-NLS-1$
		if (dialog.open() == IDialogConstants.OK_ID) {
			reopen(dialog.getValue().strip());
		}
	}

	/** Returns the published evaluation to draft, recording the reason, as an undoable edit. */
	public void reopen(String reason) {
		session.execute(StatusWorkflow.reopen(session.domain(), session.evaluation(), LocalDate.now(), reason));
	}

	/**
	 * Saves the evaluation. Pending typing (text fields commit after a short pause) goes to the
	 * model first.
	 *
	 * @throws IllegalStateException when writing the file fails, so the workbench keeps the part
	 *                               open and dirty and the save handler can show the failure
	 */
	@Persist
	public void save() {
		if (session == null) {
			return;
		}
		EditBindings.flushPendingTyping(bindingContext);
		try {
			session.save();
			diagnostics.refresh();
		} catch (IOException e) {
			throw new IllegalStateException(NLS.bind(Messages.Editor_saveFailed,
					session.workspace().pathOf(session.evaluation()), e.getMessage()), e);
		}
	}

	@Focus
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	/** Returns the editing session, or null when the part has no evaluation. */
	/**
	 * Scrolls to the first field that edits the element, or, for an evidence item, a judgement that
	 * links it, or else the nearest container that has a field, and focuses it.
	 */
	@Override
	public boolean reveal(EObject element) {
		if (form == null || form.isDisposed()) {
			return false;
		}
		for (EObject target : revealTargets(element)) {
			Control control = findField(form.getBody(), target);
			if (control != null) {
				form.showControl(control);
				control.setFocus();
				return true;
			}
		}
		return false;
	}

	static java.util.List<EObject> revealTargets(EObject element) {
		java.util.List<EObject> targets = new java.util.ArrayList<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			targets.add(current);
		}
		if (element instanceof org.sipqm.model.evaluation.EvidenceItem item
				&& Evaluations.containing(item) instanceof Evaluation evaluation) {
			evaluation.getJudgements().stream().filter(judgement -> judgement.getEvidence().contains(item)).findFirst()
					.ifPresent(judgement -> targets.add(1, judgement));
		}
		return targets;
	}

	static Control findField(Composite composite, EObject target) {
		for (Control child : composite.getChildren()) {
			if (child.getData(EditorWidgets.ELEMENT_KEY) == target && !(child instanceof Composite nested && nested.getChildren().length > 0)) {
				return child;
			}
			if (child instanceof Composite nested) {
				Control found = findField(nested, target);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	public EvaluationEditingSession getSession() {
		return session;
	}

	/** Returns the form, for the tests. */
	public ScrolledForm getForm() {
		return form;
	}

	/** Returns the diagnostics shown beside the fields, or null when the part has no evaluation. */
	public EditorDiagnostics getDiagnostics() {
		return diagnostics;
	}

	/** Returns the recorder that journals the unsaved edits, or null when the part has no evaluation. */
	public JournalRecorder getJournalRecorder() {
		return journalRecorder;
	}

	/** Returns the binding context of the current form, for the tests. */
	public DataBindingContext getBindingContext() {
		return bindingContext;
	}

	@PreDestroy
	public void dispose() {
		if (diagnostics != null) {
			diagnostics.dispose();
		}
		if (session != null) {
			session.evaluation().eAdapters().remove(statusListener);
			// The save handler has let the user save by now, so what is still unsaved is discarded.
			session.discard();
			journalRecorder.stop();
			part.getTransientData().remove(EditingSessions.SESSION_KEY);
			session.dispose();
		}
		if (bindingContext != null) {
			bindingContext.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
	}
}
