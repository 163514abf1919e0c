package org.sipqm.ui.internal.evaluation;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * A part that shows one evaluation as a read-only form, with the validator's diagnostics beside
 * the elements they concern. {@link EvaluationEditors} creates it from the part descriptor
 * {@value EvaluationEditors#DESCRIPTOR_ID} and hands it the evaluation in the part's transient data.
 */
public class EvaluationPart implements ElementRevealer {

	private FormToolkit toolkit;
	private EvaluationForm evaluationForm;

	@PostConstruct
	public void createControls(Composite parent, MPart part, @Optional WorkspaceService workspaceService) {
		toolkit = new FormToolkit(parent.getDisplay());
		Evaluation evaluation = EvaluationEditors.evaluationOf(part);
		if (evaluation == null) {
			// Only a part restored from an earlier session lacks its evaluation; the product starts afresh.
			Label label = toolkit.createLabel(parent, Messages.Evaluation_notAvailable, SWT.WRAP);
			label.setFocus();
			return;
		}
		String file = part.getPersistedState().getOrDefault(EvaluationEditors.FILE_KEY, ""); //$NON-NLS-1$
		evaluationForm = EvaluationForm.create(toolkit, parent, evaluation, file,
				diagnostics(workspaceService, evaluation));
	}

	/**
	 * Returns the validator's diagnostics of the evaluation, or none when the evaluation is not in
	 * the workspace that is open.
	 */
	private static List<WorkspaceDiagnostic> diagnostics(WorkspaceService workspaceService, Evaluation evaluation) {
		if (workspaceService == null) {
			return List.of();
		}
		java.util.Optional<Workspace> workspace = workspaceService.current()
				.filter(candidate -> evaluation.eResource() != null
						&& evaluation.eResource().getResourceSet() == candidate.resourceSet());
		if (workspace.isEmpty()) {
			return List.of();
		}
		try {
			return WorkspaceValidator.withDefaultRules().validate(workspace.get(), evaluation);
		} catch (RuntimeException e) {
			// A failing rule must not keep the evaluation from showing.
			ILog.of(EvaluationPart.class).error("Failed to validate the evaluation " + evaluation.getId(), e); //$NON-NLS-1$
			return List.of();
		}
	}

	/**
	 * Scrolls to the block that shows the element (a judgement, response, evidence item or section
	 * judgement of this evaluation), highlights it and focuses it.
	 */
	@Override
	public boolean reveal(EObject element) {
		return revealBlock(element) != null;
	}

	/** Reveals the element as {@link #reveal(EObject)} does, and returns its block or null. */
	public Control revealBlock(EObject element) {
		return evaluationForm == null || element == null ? null : evaluationForm.reveal(element);
	}

	@Focus
	public void setFocus() {
		ScrolledForm form = getForm();
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	/** Returns the form, for the tests. */
	public ScrolledForm getForm() {
		return evaluationForm == null ? null : evaluationForm.form();
	}

	@PreDestroy
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
	}
}
