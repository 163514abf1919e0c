package org.sipqm.ui.internal.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Shows the validator's diagnostics of an editor's evaluation beside the fields they concern. Each
 * field gets a decoration of the form's message manager and a message line below its row, and
 * gives the messages as its accessible description. The form heading sums the diagnostics up, and
 * a click on the summary reveals the first field concerned. Diagnostics of the evaluation as a
 * whole, and of elements without a field, show in the heading only.
 * <p>
 * After an edit, validation waits until there has been neither an edit nor a key press in the
 * form for {@value #DELAY_MILLIS} ms, so it does not run while the user types. It runs on the UI
 * thread, because the model is not safe to read while the editor changes it.
 */
public final class EditorDiagnostics {

	/** Milliseconds without edits or key presses in the form before the evaluation is validated again. */
	public static final int DELAY_MILLIS = 500;

	/** Key of a field's data that stores the messages of the diagnostics shown beside it, one a line, or null. */
	public static final String MESSAGES_KEY = EditorDiagnostics.class.getName() + ".messages"; //$NON-NLS-1$

	/** Key of a field's data that marks that its accessible description reads {@link #MESSAGES_KEY}. */
	private static final String DESCRIBED_KEY = EditorDiagnostics.class.getName() + ".described"; //$NON-NLS-1$

	private final EvaluationEditingSession session;
	private final Display display;
	private final WorkspaceValidator validator = WorkspaceValidator.withDefaultRules();
	private final Runnable validation = this::validateWhenIdle;
	private final Listener keyFilter = event -> {
		if (event.widget instanceof Control control && isInForm(control)) {
			lastKeyNanos = System.nanoTime();
		}
	};
	private final Set<Control> described = new HashSet<>();
	private final List<Control> messageLines = new ArrayList<>();
	private ScrolledForm form;
	private List<WorkspaceDiagnostic> diagnostics = List.of();
	private long lastKeyNanos;

	public EditorDiagnostics(EvaluationEditingSession session, Display display) {
		this.session = session;
		this.display = display;
		display.addFilter(SWT.KeyDown, keyFilter);
	}

	/** Shows the diagnostics on a newly built form, validating now. */
	public void attach(ScrolledForm newForm) {
		form = newForm;
		described.clear();
		messageLines.clear();
		diagnostics = List.of();
		form.getMessageManager().setDecorationPosition(SWT.LEFT | SWT.TOP);
		form.getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				revealFirstField(event.data);
			}
		});
		refresh();
	}

	/** Shows and focuses the field of the first heading message that has one. */
	private void revealFirstField(Object headingMessages) {
		if (!(headingMessages instanceof IMessage[] shownMessages)) {
			return;
		}
		for (IMessage message : shownMessages) {
			Control field = message.getControl();
			if (field != null && !field.isDisposed()) {
				form.showControl(field);
				field.setFocus();
				return;
			}
		}
	}

	/** Validates again once the form has been idle for {@value #DELAY_MILLIS} ms, such as after an edit. */
	public void schedule() {
		if (!display.isDisposed()) {
			display.timerExec(DELAY_MILLIS, validation);
		}
	}

	private void validateWhenIdle() {
		long idleMillis = (System.nanoTime() - lastKeyNanos) / 1_000_000;
		if (idleMillis < DELAY_MILLIS) {
			display.timerExec((int) (DELAY_MILLIS - idleMillis), validation);
			return;
		}
		refresh();
	}

	/** Validates the evaluation now and shows the outcome, such as after a save. */
	public void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		display.timerExec(-1, validation);
		Evaluation evaluation = session.evaluation();
		List<WorkspaceDiagnostic> found;
		try {
			found = validator.validate(session.workspace(), evaluation);
		} catch (RuntimeException e) {
			// A failing rule must not break the editor; the decorations keep their last state.
			ILog.of(EditorDiagnostics.class).error("Failed to validate the evaluation " + evaluation.getId(), e); //$NON-NLS-1$
			return;
		}
		if (!found.equals(diagnostics)) {
			diagnostics = found;
			show();
		}
	}

	/** Returns the message lines below the rows of decorated fields, in the order of the fields' first diagnostics. */
	public List<Control> messageLines() {
		return List.copyOf(messageLines);
	}

	/** Returns the diagnostics shown, in the validator's order. */
	public List<WorkspaceDiagnostic> diagnostics() {
		return diagnostics;
	}

	private void show() {
		IMessageManager messages = form.getMessageManager();
		messages.setAutoUpdate(false);
		messages.removeAllMessages();
		described.forEach(control -> control.setData(MESSAGES_KEY, null));

		Map<Control, List<String>> byField = new LinkedHashMap<>();
		for (WorkspaceDiagnostic diagnostic : diagnostics) {
			Control field = fieldOf(diagnostic.element());
			messages.addMessage(diagnostic, diagnostic.message(), diagnostic, messageType(diagnostic.severity()), field);
			if (field != null) {
				byField.computeIfAbsent(field, unused -> new ArrayList<>()).add(diagnostic.message());
			}
		}
		byField.forEach((field, texts) -> describe(field, String.join("\n", texts))); //$NON-NLS-1$
		messages.setAutoUpdate(true);
		showMessageLines(byField.keySet());
	}

	/** Replaces the message lines below the rows with one for each decorated field. */
	private void showMessageLines(Set<Control> fields) {
		messageLines.stream().filter(line -> !line.isDisposed()).forEach(Control::dispose);
		messageLines.clear();
		for (Control field : fields) {
			List<WorkspaceDiagnostic> ofField = diagnostics.stream()
					.filter(diagnostic -> fieldOf(diagnostic.element()) == field)
					.toList();
			messageLines.add(DiagnosticLine.create(field, ofField));
		}
		form.reflow(true);
	}

	/**
	 * Returns the first field of the element, or of its nearest container that has one, below the
	 * evaluation itself. Returns null for the evaluation, because its fields each edit one attribute.
	 */
	private Control fieldOf(EObject element) {
		if (element == null || element instanceof Evaluation) {
			return null;
		}
		for (EObject target : EvaluationEditorPart.revealTargets(element)) {
			if (target instanceof Evaluation) {
				return null;
			}
			Control field = EvaluationEditorPart.findField(form.getBody(), target);
			if (field != null) {
				return field;
			}
		}
		return null;
	}

	private void describe(Control field, String text) {
		field.setData(MESSAGES_KEY, text);
		if (described.add(field) && field.getData(DESCRIBED_KEY) == null) {
			field.setData(DESCRIBED_KEY, Boolean.TRUE);
			field.getAccessible().addAccessibleListener(new AccessibleAdapter() {
				@Override
				public void getDescription(AccessibleEvent e) {
					if (e.childID == ACC.CHILDID_SELF && field.getData(MESSAGES_KEY) instanceof String messagesText) {
						e.result = messagesText;
					}
				}
			});
		}
	}

	private static int messageType(Severity severity) {
		return switch (severity) {
		case ERROR -> IMessageProvider.ERROR;
		case WARNING -> IMessageProvider.WARNING;
		case INFO -> IMessageProvider.INFORMATION;
		};
	}

	private boolean isInForm(Control control) {
		for (Control current = control; current != null; current = current.getParent()) {
			if (current == form) {
				return true;
			}
		}
		return false;
	}

	/** Stops the pending validation and the key filter, when the editor closes. */
	public void dispose() {
		if (!display.isDisposed()) {
			display.timerExec(-1, validation);
			display.removeFilter(SWT.KeyDown, keyFilter);
		}
	}
}
