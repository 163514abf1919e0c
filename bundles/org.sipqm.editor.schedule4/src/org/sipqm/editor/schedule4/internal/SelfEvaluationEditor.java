package org.sipqm.editor.schedule4.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
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
 * The editor of an LA self-evaluation against the criteria for LA practice (schedule 4). Each
 * section shows its criteria as a grid against the four columns of the grade scale, critical
 * criteria in bold, with a rationale and the linked evidence under each, and then an overall
 * judgement of the section. The note of visit with its agreed actions follows the sections.
 */
public class SelfEvaluationEditor extends EvaluationEditorPart {

	private NoteOfVisitBlock noteOfVisit;

	@Override
	protected ScrolledForm createForm(FormToolkit toolkit, Composite parent, EditingContext editing) {
		LASelfEvaluation evaluation = (LASelfEvaluation) editing.session().evaluation();
		ScrolledForm form = EditorWidgets.form(toolkit, parent, EvaluationEditors.title(evaluation));
		Composite body = form.getBody();

		createStatusSection(toolkit, body, editing);
		int scheduleNumber = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		if (schedule.isEmpty()) {
			toolkit.createLabel(body, NLS.bind(Messages.Editor_scheduleMissing, scheduleNumber), SWT.WRAP);
		} else {
			List<Criterion> standards = FrameworkRegistry.allCriteria(schedule.get()).stream()
					.filter(criterion -> criterion.getKind() == CriterionKind.STANDARD).toList();
			Map<String, JudgementRow> rows = JudgementRows.rows(editing, standards);
			Map<String, SectionJudgementRows.Row> overall = SectionJudgementRows.rows(editing,
					schedule.get().getSections());
			for (Section section : schedule.get().getSections()) {
				section(toolkit, body, section, editing, rows, overall);
			}
		}

		NoteOfVisit note = NoteOfVisitBlock.noteOf(editing.session());
		if (noteOfVisit != null) {
			noteOfVisit.dispose();
		}
		noteOfVisit = new NoteOfVisitBlock(note, this::rebuildLater);
		noteOfVisit.create(toolkit, body, NoteOfVisitBlock.editingOf(editing, note));
		return form;
	}

	private void section(FormToolkit toolkit, Composite parent, Section section, EditingContext editing,
			Map<String, JudgementRow> rows, Map<String, SectionJudgementRows.Row> overall) {
		Composite client = EditorWidgets.section(toolkit, parent, SipqmLabels.text(section), 2);
		if (!section.getCriteria().isEmpty()) {
			CriteriaGrid.header(toolkit, client);
		}
		for (Criterion criterion : section.getCriteria()) {
			JudgementRow row = rows.get(FrameworkRegistry.criterionUri(criterion).toString());
			if (row != null) {
				CriteriaGrid.row(toolkit, client, criterion, row.judgement(), row.editing());
			}
		}
		for (Section subsection : section.getSubsections()) {
			section(toolkit, client, subsection, editing, rows, overall);
		}
		SectionJudgementRows.Row sectionJudgement = overall.get(section.getCode());
		if (sectionJudgement != null) {
			CriteriaGrid.overall(toolkit, client, section, sectionJudgement.judgement(), sectionJudgement.editing());
		}
	}

	@Override
	public void dispose() {
		if (noteOfVisit != null) {
			noteOfVisit.dispose();
		}
		super.dispose();
	}
}
