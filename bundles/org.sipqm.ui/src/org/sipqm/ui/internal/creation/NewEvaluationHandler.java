package org.sipqm.ui.internal.creation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.creation.EvaluationCreation;
import org.sipqm.core.store.Workspace;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.inject.Named;

/**
 * Opens the New Evaluation wizard (File &gt; New Evaluation…, Ctrl+N, and the navigator's context
 * menu), filled from the element selected in the navigator. A created evaluation is announced
 * under {@link WorkspaceEvents#EVALUATION_CREATED}, so the navigator shows it, and opens in its
 * editor the way a double-click in the navigator opens it.
 */
public class NewEvaluationHandler {

	@CanExecute
	public boolean canExecute(WorkspaceService workspaceService) {
		return workspaceService.current().flatMap(Workspace::organisation).isPresent();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceService workspaceService,
			EPartService partService, IEventBroker eventBroker,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Workspace workspace = workspaceService.current().orElse(null);
		if (workspace == null) {
			return;
		}
		Object selected = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		NewEvaluationWizard wizard = new NewEvaluationWizard(workspace,
				EvaluationCreation.frameworkKey(FrameworkRegistry.getDefault().national()), selected);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		if (dialog.open() == Window.OK && wizard.created() != null) {
			showCreated(eventBroker, partService, workspace, wizard.created());
		}
	}

	/** Announces the new evaluation, so that the navigator selects it, and opens it in its editor. */
	public static void showCreated(IEventBroker eventBroker, EPartService partService, Workspace workspace,
			Evaluation evaluation) {
		eventBroker.send(WorkspaceEvents.EVALUATION_CREATED, evaluation);
		EvaluationEditors.open(partService, workspace, evaluation);
	}
}
