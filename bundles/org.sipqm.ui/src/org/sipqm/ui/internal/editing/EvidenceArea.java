package org.sipqm.ui.internal.editing;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.sipqm.core.evidence.EvidenceCommands;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.ui.internal.evaluation.EvidenceText;

/**
 * The evidence of one judgement or response in an editor. Each linked item shows its title, kind,
 * date and evidence of impact, with a button that unlinks it. Items that concern an individual's
 * performance carry a visible mark. Below the items, buttons link existing items and create a new
 * one. Every change is one command through the row's editing domain, so Undo reverses it, and the
 * list follows the model, including after Undo and Redo.
 */
public final class EvidenceArea {

	private final FormToolkit toolkit;
	private final EditingContext editing;
	private final EObject owner;
	private final EReference evidence;
	private final String code;
	private final Composite list;
	private final Button link;
	private final Button create;
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			// Removing this adapter from an item sends REMOVING_ADAPTER, which must not start another refresh.
			if (notification.getEventType() == Notification.REMOVING_ADAPTER || notification.isTouch()) {
				return;
			}
			if (notification.getFeature() == evidence || notification.getNotifier() instanceof EvidenceItem) {
				refreshLater();
			}
		}
	};
	private List<EvidenceItem> observedItems = List.of();
	private boolean refreshPending;

	private EvidenceArea(FormToolkit toolkit, Composite parent, EditingContext editing, EObject owner,
			EReference evidence, String code) {
		this.toolkit = toolkit;
		this.editing = editing;
		this.owner = owner;
		this.evidence = evidence;
		this.code = code;

		Composite area = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(area);
		list = toolkit.createComposite(area);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(list);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(list);

		Composite buttons = toolkit.createComposite(area);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		link = toolkit.createButton(buttons, Messages.Evidence_link, SWT.PUSH);
		EditorWidgets.name(link, NLS.bind(Messages.Evidence_linkName, code));
		link.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> linkExisting()));
		create = toolkit.createButton(buttons, Messages.Evidence_create, SWT.PUSH);
		EditorWidgets.name(create, NLS.bind(Messages.Evidence_createName, code));
		create.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> createNew()));

		fillList();
		owner.eAdapters().add(listener);
		area.addDisposeListener(event -> stopObserving());
	}

	/**
	 * Adds the evidence area of the owner's evidence reference, such as a judgement's, as the next
	 * cell of the parent's grid.
	 */
	public static EvidenceArea create(FormToolkit toolkit, Composite parent, EditingContext editing, EObject owner,
			EReference evidence, String code) {
		return new EvidenceArea(toolkit, parent, editing, owner, evidence, code);
	}

	@SuppressWarnings("unchecked")
	private List<EvidenceItem> linkedItems() {
		return List.copyOf((List<EvidenceItem>) owner.eGet(evidence));
	}

	private void fillList() {
		for (EvidenceItem item : observedItems) {
			item.eAdapters().remove(listener);
		}
		for (Control child : list.getChildren()) {
			child.dispose();
		}
		observedItems = linkedItems();
		if (observedItems.isEmpty()) {
			Label none = toolkit.createLabel(list, Messages.Editor_noEvidence);
			none.setForeground(EvidenceText.mutedColour());
			GridDataFactory.swtDefaults().span(2, 1).applyTo(none);
			EditorWidgets.name(none, NLS.bind(Messages.Editor_evidence, code) + ": " + Messages.Editor_noEvidence); //$NON-NLS-1$
		}
		for (EvidenceItem item : observedItems) {
			item(item);
			item.eAdapters().add(listener);
		}
	}

	private void item(EvidenceItem item) {
		String details = NLS.bind(Messages.Evidence_details, new Object[] { SipqmLabels.text(item),
				EvidenceText.kind(item.getKind()), EvidenceText.date(item.getDate()),
				SipqmLabels.impact(item.getImpact()) });
		Label label = EditorWidgets.wrappingLabel(toolkit, list, details, 1);
		Button unlink = toolkit.createButton(list, Messages.Evidence_unlink, SWT.PUSH);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(unlink);
		EditorWidgets.name(unlink, NLS.bind(Messages.Evidence_unlinkName, SipqmLabels.text(item), code));
		unlink.setEnabled(link.isEnabled());
		unlink.addSelectionListener(SelectionListener.widgetSelectedAdapter(
				event -> execute(EvidenceCommands.unlink(editing.domain(), owner, evidence, item))));
		if (item.isConcernsIndividual()) {
			Label restricted = toolkit.createLabel(list, EvidenceText.restricted());
			restricted.setForeground(EvidenceText.restrictedColour());
			restricted.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			GridDataFactory.swtDefaults().span(2, 1).indent(12, 0).applyTo(restricted);
			EditorWidgets.name(label, details + " " + EvidenceText.restricted()); //$NON-NLS-1$
		} else {
			EditorWidgets.name(label, details);
		}
	}

	private void linkExisting() {
		Evaluation evaluation = editing.session().evaluation();
		LinkEvidenceDialog dialog = new LinkEvidenceDialog(list.getShell(), code, evaluation,
				editing.session().workspace().evaluations(), linkedItems());
		if (dialog.open() == Window.OK && !dialog.selected().isEmpty()) {
			execute(EvidenceCommands.link(editing.domain(), owner, evidence, dialog.selected()));
		}
	}

	private void createNew() {
		Evaluation evaluation = editing.session().evaluation();
		NewEvidenceDialog dialog = new NewEvidenceDialog(list.getShell(), code,
				draft -> EvidenceCommands.create(editing.session().workspace(), editing.domain(), evaluation, owner,
						evidence, draft));
		if (dialog.open() == Window.OK && dialog.command() != null) {
			execute(dialog.command());
		}
	}

	private void execute(Command command) {
		editing.domain().getCommandStack().execute(command);
	}

	/** Rebuilds the list once the current change is over, as one command may send several notifications. */
	private void refreshLater() {
		if (refreshPending || list.isDisposed()) {
			return;
		}
		refreshPending = true;
		list.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!list.isDisposed()) {
				fillList();
				reflow();
			}
		});
	}

	/** Lays out the form around the list again, as its height changes with the number of items. */
	private void reflow() {
		for (Composite parent = list; parent != null; parent = parent.getParent()) {
			if (parent instanceof SharedScrolledComposite form) {
				form.reflow(true);
				return;
			}
		}
		list.getParent().layout(true, true);
	}

	private void stopObserving() {
		owner.eAdapters().remove(listener);
		for (EvidenceItem item : observedItems) {
			item.eAdapters().remove(listener);
		}
	}
}
