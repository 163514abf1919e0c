package org.sipqm.ui.internal.creation;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.creation.EvaluationCreation;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Creates a new draft evaluation in the open workspace. Finish writes the file through
 * {@link EvaluationCreation}; when writing fails the page shows why and the wizard stays open.
 */
public final class NewEvaluationWizard extends Wizard {

	private final Workspace workspace;
	private final EvaluationCreation creation;
	private final NewEvaluationPage page;
	private Evaluation created;

	/**
	 * @param workspace        the open workspace
	 * @param frameworkKey     the framework edition that the new evaluation records, such as {@code sip-qm/1}
	 * @param initialSelection the element selected in the navigator, which fills the subject, or null
	 */
	public NewEvaluationWizard(Workspace workspace, String frameworkKey, Object initialSelection) {
		this.workspace = workspace;
		this.creation = new EvaluationCreation(workspace, frameworkKey);
		this.page = new NewEvaluationPage(workspace, creation, initialSelection);
		setWindowTitle(Messages.NewEvaluation_windowTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = creation.create(page.request());
			ILog.of(getClass()).info("Created the evaluation " + created.getId() + " in " //$NON-NLS-1$ //$NON-NLS-2$
					+ workspace.pathOf(created));
			return true;
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(getClass()).warn("Failed to create an evaluation in " + workspace.root() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			page.setErrorMessage(NLS.bind(Messages.NewEvaluation_createFailed, e.getMessage()));
			page.setPageComplete(false);
			return false;
		}
	}

	/** Returns the evaluation that Finish created, or null before then. */
	public Evaluation created() {
		return created;
	}

	/** Returns the page, for the tests. */
	public NewEvaluationPage page() {
		return page;
	}
}
