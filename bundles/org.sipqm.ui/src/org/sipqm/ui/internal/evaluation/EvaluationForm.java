package org.sipqm.ui.internal.evaluation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Schedule;

/**
 * The read-only form of one evaluation, laid out as the framework lays out its schedule. A header
 * comes first, then the validator's diagnostics that concern the evaluation as a whole, then the
 * sections that only schedules 2 and 3 have. The criteria of the schedule follow, each with what
 * the evaluation records for it and the diagnostics of those judgements and responses, and the
 * note of visit comes last.
 */
final class EvaluationForm {

	private final ScrolledForm form;
	private final FormBlocks blocks;
	private Control highlighted;
	private Color highlightedBackground;

	private EvaluationForm(ScrolledForm form, FormBlocks blocks) {
		this.form = form;
		this.blocks = blocks;
	}

	/**
	 * Creates the form in the parent.
	 *
	 * @param file        the evaluation's file relative to the workspace folder, shown in the header
	 * @param diagnostics the validator's diagnostics of the evaluation and its elements
	 */
	static EvaluationForm create(FormToolkit toolkit, Composite parent, Evaluation evaluation, String file,
			List<WorkspaceDiagnostic> diagnostics) {
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.setText(SipqmLabels.evaluation(evaluation));
		toolkit.decorateFormHeading(form.getForm());

		Composite body = form.getBody();
		body.setLayout(FormBlocks.columns(1, false));
		FormBlocks blocks = new FormBlocks(toolkit, form, new ElementDiagnostics(diagnostics));

		int scheduleNumber = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		HeaderSection.create(blocks, body, evaluation, schedule, file);
		// Filled last, with the diagnostics that no block below claims.
		Composite problems = blocks.section(body, "", 1, 1); //$NON-NLS-1$
		switch (evaluation) {
		case HeadteacherDiscussion discussion -> VisitSections.discussion(blocks, body, discussion);
		case ShadowVisit visit -> VisitSections.shadowVisit(blocks, body, visit, schedule);
		default -> {
			// Schedules 1 and 4 have no sections beyond their criteria.
		}
		}
		new CriteriaSections(blocks, evaluation).create(body, schedule, scheduleNumber);
		if (evaluation.getNoteOfVisit() != null) {
			NoteOfVisitSection.create(blocks, body, evaluation.getNoteOfVisit());
		}
		fillProblems(blocks, problems);
		return new EvaluationForm(form, blocks);
	}

	private static void fillProblems(FormBlocks blocks, Composite problems) {
		org.eclipse.ui.forms.widgets.Section section = (org.eclipse.ui.forms.widgets.Section) problems.getParent();
		List<WorkspaceDiagnostic> rest = blocks.diagnostics().claimRest();
		if (rest.isEmpty()) {
			section.dispose();
			return;
		}
		section.setText(NLS.bind(Messages.Evaluation_problemsSection, rest.size()));
		blocks.diagnosticList(problems, rest, 1);
	}

	ScrolledForm form() {
		return form;
	}

	/**
	 * Scrolls the block that shows the element, or else the one of its nearest container that has a
	 * block, into view, highlights it and gives it the focus. The highlight moves with the next
	 * reveal. Returns the block, or null when no block shows the element or its containers.
	 */
	Control reveal(EObject element) {
		Control control = blocks.controlOf(element);
		if (control == null) {
			return null;
		}
		if (highlighted != null && !highlighted.isDisposed()) {
			highlighted.setBackground(highlightedBackground);
		}
		highlighted = control;
		highlightedBackground = control.getBackground();
		control.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));

		form.reflow(true);
		form.showControl(control);
		control.setFocus();
		if (control instanceof StyledText text) {
			text.setSelection(0);
		}
		return control;
	}
}
