package org.sipqm.editor.schedule1.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationEditorPart;
import org.sipqm.ui.internal.editing.JudgementRow;
import org.sipqm.ui.internal.editing.JudgementRows;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * The editor of a termly review of the local authority's SIP processes (schedule 1), laid out as
 * the paper schedule reads: each section in order, each criterion with its sub-items and below it
 * a grade on the four-column scale, the rationale and the linked evidence; then section 3, the
 * overall effectiveness, with the strengths for dissemination and the areas for improvement.
 */
public class TermlyReviewEditor extends EvaluationEditorPart {

	@Override
	protected ScrolledForm createForm(FormToolkit toolkit, Composite parent, EditingContext editing) {
		TermlyReview review = (TermlyReview) editing.session().evaluation();
		ScrolledForm form = EditorWidgets.form(toolkit, parent, EvaluationEditors.title(review));
		Composite body = form.getBody();

		createStatusSection(toolkit, body, editing);
		int scheduleNumber = Evaluations.scheduleOf(review);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		if (schedule.isEmpty()) {
			toolkit.createLabel(body, NLS.bind(Messages.Editor_scheduleMissing, scheduleNumber), SWT.WRAP);
			return form;
		}

		List<Criterion> standards = FrameworkRegistry.allCriteria(schedule.get()).stream()
				.filter(criterion -> criterion.getKind() == CriterionKind.STANDARD).toList();
		Map<String, JudgementRow> rows = JudgementRows.rows(editing, standards);
		for (Section section : schedule.get().getSections()) {
			section(toolkit, body, section, editing, rows);
		}
		return form;
	}

	private void section(FormToolkit toolkit, Composite parent, Section section, EditingContext editing,
			Map<String, JudgementRow> rows) {
		Composite client = EditorWidgets.section(toolkit, parent, SipqmLabels.text(section), 2);

		for (Criterion criterion : section.getCriteria()) {
			EditorWidgets.criterion(toolkit, client, criterion, 2);
			if (criterion.getKind() == CriterionKind.PROMPT) {
				prompt(toolkit, client, criterion, editing);
			} else if (criterion.getKind() == CriterionKind.STANDARD) {
				JudgementRow row = rows.get(FrameworkRegistry.criterionUri(criterion).toString());
				EditorWidgets.judgementFields(toolkit, client, row.editing(), row.judgement(), criterion.getCode());
			}
		}
		for (Section subsection : section.getSubsections()) {
			section(toolkit, client, subsection, editing, rows);
		}
	}

	/**
	 * Adds the text of a section 3 prompt. The model stores "Particular strengths for dissemination"
	 * (3.1) and "Areas for improvement" (3.2) as attributes of the review, not as judgements.
	 */
	private void prompt(FormToolkit toolkit, Composite client, Criterion criterion, EditingContext editing) {
		EAttribute attribute = switch (criterion.getCode()) {
		case "3.1" -> Literals.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION; //$NON-NLS-1$
		case "3.2" -> Literals.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT; //$NON-NLS-1$
		default -> null;
		};
		if (attribute == null) {
			return;
		}
		EditorWidgets.multiLineText(toolkit, client, editing, editing.session().evaluation(), attribute,
				Messages.Editor_promptCaption, SipqmLabels.text(criterion), 2);
	}
}
