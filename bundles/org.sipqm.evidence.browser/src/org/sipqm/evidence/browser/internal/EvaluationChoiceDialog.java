package org.sipqm.evidence.browser.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * Asks which evaluation dropped files are evidence for, when none is selected: a filter field and
 * a list of the workspace's evaluations, titled as their parts are.
 */
final class EvaluationChoiceDialog extends Dialog {

	private final List<Evaluation> evaluations;
	private TableViewer viewer;
	private Evaluation chosen;

	EvaluationChoiceDialog(Shell parent, List<Evaluation> evaluations) {
		super(parent);
		this.evaluations = evaluations;
	}

	/** Returns the evaluation chosen, or null when the dialogue was cancelled. */
	Evaluation chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Choose_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		message.setText(Messages.Choose_message);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Text filter = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(Messages.Choose_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filter.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Choose_filter;
			}
		});

		viewer = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return EvaluationEditors.title((Evaluation) element);
			}
		});
		viewer.setInput(evaluations);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.widthHint = 560;
		tableData.heightHint = 320;
		viewer.getTable().setLayoutData(tableData);
		viewer.getTable().getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Choose_message;
			}
		});
		viewer.addDoubleClickListener(event -> okPressed());
		viewer.addSelectionChangedListener(event -> updateOk());
		filter.addModifyListener(event -> {
			String text = filter.getText().strip().toLowerCase(Locale.UK);
			viewer.setFilters(text.isEmpty() ? new ViewerFilter[0] : new ViewerFilter[] { new ViewerFilter() {
				@Override
				public boolean select(org.eclipse.jface.viewers.Viewer unused, Object parentElement, Object element) {
					return EvaluationEditors.title((Evaluation) element).toLowerCase(Locale.UK).contains(text);
				}
			} });
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateOk();
	}

	@Override
	protected void okPressed() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof Evaluation evaluation) {
			chosen = evaluation;
			super.okPressed();
		}
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			IStructuredSelection selection = viewer.getStructuredSelection();
			getButton(IDialogConstants.OK_ID).setEnabled(!selection.isEmpty());
		}
	}
}
