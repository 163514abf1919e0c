package org.sipqm.compare.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.framework.Framework;
import org.sipqm.ui.internal.editing.EditorWidgets;

/** Lets the user choose one of the local frameworks saved in the workspace. */
final class SavedFrameworkDialog extends Dialog {

	private final List<Framework> frameworks;
	private org.eclipse.swt.widgets.List list;
	private Framework chosen;

	SavedFrameworkDialog(Shell parent, List<Framework> frameworks) {
		super(parent);
		this.frameworks = frameworks;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Open_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.WRAP);
		label.setText(Messages.Open_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(list);
		EditorWidgets.name(list, Messages.Open_message);
		for (Framework framework : frameworks) {
			Path file = ComparisonStore.frameworkPath(framework);
			list.add(NLS.bind(Messages.Open_item, new Object[] { framework.getName(), framework.getEdition(),
					WorkspaceLayout.toPortableString(file) }));
		}
		list.select(0);
		list.addListener(SWT.DefaultSelection, event -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		int index = list.getSelectionIndex();
		chosen = index < 0 ? null : frameworks.get(index);
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OPEN_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** Returns the framework chosen, or null when the dialog was cancelled. */
	Framework chosen() {
		return chosen;
	}
}
