package org.sipqm.editor.schedule3.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.JudgementRow;
import org.sipqm.ui.internal.editing.JudgementRows;
import org.sipqm.ui.internal.editing.StatusWorkflow;

/**
 * The headings that a joint visit evaluates: each criterion of the schedule's sections, with a
 * check box that marks it as not evaluated on this visit, a grade on the four-column scale, the
 * rationale and the linked evidence. The edition 1 text gives schedule 3 no headings, so they come
 * from framework contributions. Without any, the section shows a note that the framework has none.
 * A heading without a judgement in the file gets one with its first edit, in the same undoable
 * command, never on opening (see {@link JudgementRows}).
 */
final class HeadingRows {

	private HeadingRows() {
	}

	/** Returns the criteria of the schedule that take a judgement, in document order. */
	static List<Criterion> headings(Schedule schedule) {
		return FrameworkRegistry.allCriteria(schedule).stream()
				.filter(criterion -> criterion.getKind() == CriterionKind.STANDARD).toList();
	}

	static void create(FormToolkit toolkit, Composite body, EditingContext editing, Schedule schedule) {
		List<Criterion> headings = headings(schedule);
		if (headings.isEmpty()) {
			Composite client = EditorWidgets.section(toolkit, body, Messages.Headings_section, 1);
			EditorWidgets.wrappingLabel(toolkit, client, Messages.Headings_none, 1);
			if (schedule.getMissingContent() != null) {
				EditorWidgets.wrappingLabel(toolkit, client, schedule.getMissingContent(), 1);
			}
			return;
		}
		Map<String, JudgementRow> rows = JudgementRows.rows(editing, headings);
		boolean first = true;
		for (Section section : schedule.getSections()) {
			Composite client = EditorWidgets.section(toolkit, body, SipqmLabels.text(section), 2);
			if (first) {
				EditorWidgets.wrappingLabel(toolkit, client, Messages.Headings_intro, 2);
				first = false;
			}
			section(toolkit, client, section, rows);
		}
	}

	private static void section(FormToolkit toolkit, Composite client, Section section, Map<String, JudgementRow> rows) {
		for (Criterion criterion : section.getCriteria()) {
			EditorWidgets.criterion(toolkit, client, criterion, 2);
			if (criterion.getKind() == CriterionKind.STANDARD) {
				heading(toolkit, client, criterion, rows.get(FrameworkRegistry.criterionUri(criterion).toString()));
			}
		}
		for (Section subsection : section.getSubsections()) {
			Composite nested = EditorWidgets.section(toolkit, client, SipqmLabels.text(subsection), 2);
			section(toolkit, nested, subsection, rows);
		}
	}

	private static void heading(FormToolkit toolkit, Composite client, Criterion criterion, JudgementRow row) {
		String code = criterion.getCode();
		Judgement judgement = row.judgement();
		EditingContext editing = row.editing();

		Button notEvaluated = toolkit.createButton(client, Messages.Headings_notEvaluated, SWT.CHECK);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(notEvaluated);
		EditorWidgets.name(notEvaluated, NLS.bind(Messages.Headings_notEvaluatedName, code));
		notEvaluated.setData(EditorWidgets.ELEMENT_KEY, judgement);
		EditBindings.check(editing.bindingContext(), notEvaluated, editing.domain(), judgement,
				Literals.JUDGEMENT__NOT_EVALUATED);

		GridDataFactory.swtDefaults().applyTo(toolkit.createLabel(client, Messages.Headings_gradeCaption));
		ComboViewer grade = EditorWidgets.grade(toolkit, client, editing, judgement, Literals.JUDGEMENT__GRADE,
				NLS.bind(Messages.Headings_grade, code));
		GridDataFactory.swtDefaults().applyTo(grade.getControl());
		boolean readOnly = StatusWorkflow.isReadOnly(editing.session().evaluation());
		disableGradeWhenNotEvaluated(grade.getCombo(), judgement, readOnly);

		EditorWidgets.rationaleAndEvidence(toolkit, client, editing, judgement, code);
	}

	/**
	 * Disables the grade while the heading is marked as not evaluated, as such a heading takes no
	 * grade. A grade recorded before the mark stays in the file.
	 */
	private static void disableGradeWhenNotEvaluated(Combo grade, Judgement judgement, boolean readOnly) {
		grade.setEnabled(!readOnly && !judgement.isNotEvaluated());
		Adapter listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == Literals.JUDGEMENT__NOT_EVALUATED && !grade.isDisposed()) {
					grade.setEnabled(!readOnly && !judgement.isNotEvaluated());
				}
			}
		};
		judgement.eAdapters().add(listener);
		grade.addDisposeListener(event -> judgement.eAdapters().remove(listener));
	}
}
