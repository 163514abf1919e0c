package org.sipqm.export.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.inject.Named;

/**
 * Opens the export wizard on the open workspace, with the evaluations selected in the navigator,
 * if any, preselected.
 */
public class ExportHandler {

	@CanExecute
	public boolean canExecute(@Optional WorkspaceService workspaceService) {
		return workspaceService != null && workspaceService.current().isPresent();
	}

	@Execute
	public void execute(Shell shell, WorkspaceService workspaceService,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Workspace workspace = workspaceService.current().orElseThrow();
		ExportChoices choices = new ExportChoices(workspace, evaluations(selection));
		ExportWizard wizard = new ExportWizard(choices,
				operation -> new SummaryDialog(shell, SummaryText.of(operation.report(), operation.folder())).open());
		new WizardDialog(shell, wizard).open();
	}

	/** Returns the evaluations in a selection: one evaluation, a structured selection or a collection of them. */
	public static List<Evaluation> evaluations(Object selection) {
		Collection<?> elements = switch (selection) {
		case Evaluation evaluation -> List.of(evaluation);
		case IStructuredSelection structured -> structured.toList();
		case Collection<?> collection -> collection;
		case null, default -> List.of();
		};
		List<Evaluation> evaluations = new ArrayList<>();
		for (Object element : elements) {
			if (element instanceof Evaluation evaluation) {
				evaluations.add(evaluation);
			}
		}
		return evaluations;
	}
}
