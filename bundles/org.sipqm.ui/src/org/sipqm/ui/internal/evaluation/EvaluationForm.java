package org.sipqm.ui.internal.evaluation;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Schedule;

/**
 * The read-only form of one evaluation, laid out as the framework lays out its schedule. A header
 * comes first, then the sections that only schedules 2 and 3 have. The criteria of the schedule
 * follow, each with what the evaluation records for it, and the note of visit comes last.
 */
final class EvaluationForm {

	private EvaluationForm() {
	}

	/**
	 * Creates the form in the parent.
	 *
	 * @param file the evaluation's file relative to the workspace folder, shown in the header
	 */
	static ScrolledForm create(FormToolkit toolkit, Composite parent, Evaluation evaluation, String file) {
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.setText(SipqmLabels.evaluation(evaluation));
		toolkit.decorateFormHeading(form.getForm());

		Composite body = form.getBody();
		body.setLayout(FormBlocks.columns(1, false));
		FormBlocks blocks = new FormBlocks(toolkit, form);

		int scheduleNumber = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		HeaderSection.create(blocks, body, evaluation, schedule, file);
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
		return form;
	}
}
