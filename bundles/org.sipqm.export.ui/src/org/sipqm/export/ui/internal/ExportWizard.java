package org.sipqm.export.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

/**
 * The export wizard: evaluations on the first page; documents, audience and folder on the second.
 * Finish runs the batch export with progress in the wizard's own dialogue, where it can be
 * cancelled, and then shows a summary that names each file written.
 */
public final class ExportWizard extends Wizard {

	private final ExportChoices choices;
	private final Consumer<ExportOperation> summary;
	private EvaluationsPage evaluationsPage;
	private FormatPage formatPage;
	private ExportOperation lastOperation;

	/**
	 * @param summary shows the outcome of a finished export; the workbench opens {@link SummaryDialog}
	 */
	public ExportWizard(ExportChoices choices, Consumer<ExportOperation> summary) {
		this.choices = choices;
		this.summary = summary;
		setWindowTitle(Messages.ExportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		evaluationsPage = new EvaluationsPage(choices);
		formatPage = new FormatPage(choices);
		addPage(evaluationsPage);
		addPage(formatPage);
	}

	@Override
	public boolean performFinish() {
		ExportOperation operation = new ExportOperation(choices.exportersForAudience(), choices.request(),
				choices.folder());
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("The export into " + choices.folder() + " failed", e.getCause()); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(getShell(), Messages.ExportWizard_title,
					NLS.bind(Messages.ExportWizard_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		lastOperation = operation;
		summary.accept(operation);
		return true;
	}

	public EvaluationsPage evaluationsPage() {
		return evaluationsPage;
	}

	public FormatPage formatPage() {
		return formatPage;
	}

	/** Returns the export that Finish ran last, or null before Finish. */
	public ExportOperation lastOperation() {
		return lastOperation;
	}
}
