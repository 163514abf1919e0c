package org.sipqm.ui.internal.evaluation;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.model.evaluation.Evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * A part that shows one evaluation as a read-only form. {@link EvaluationEditors} creates it from
 * the part descriptor {@value EvaluationEditors#DESCRIPTOR_ID} and hands it the evaluation in the
 * part's transient data.
 */
public class EvaluationPart {

	private FormToolkit toolkit;
	private ScrolledForm form;

	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		toolkit = new FormToolkit(parent.getDisplay());
		Evaluation evaluation = EvaluationEditors.evaluationOf(part);
		if (evaluation == null) {
			// Only a part restored from an earlier session lacks its evaluation; the product starts afresh.
			Label label = toolkit.createLabel(parent, Messages.Evaluation_notAvailable, SWT.WRAP);
			label.setFocus();
			return;
		}
		String file = part.getPersistedState().getOrDefault(EvaluationEditors.FILE_KEY, ""); //$NON-NLS-1$
		form = EvaluationForm.create(toolkit, parent, evaluation, file);
	}

	@Focus
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	/** Returns the form, for the tests. */
	public ScrolledForm getForm() {
		return form;
	}

	@PreDestroy
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
	}
}
