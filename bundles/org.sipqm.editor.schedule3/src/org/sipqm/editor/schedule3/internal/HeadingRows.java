package org.sipqm.editor.schedule3.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.WheelScrolling;
import org.sipqm.ui.internal.editing.StatusWorkflow;

/**
 * The headings that a joint visit evaluates: each criterion of the schedule's sections, with a
 * check box that marks it as not evaluated on this visit, a grade on the four-column scale, the
 * rationale and the linked evidence. The edition 1 text gives schedule 3 no headings, so they come
 * from framework contributions. Without any, the section shows a note
 * that the framework has none. A heading without a judgement in
 * the file gets one on its first edit, never on opening.
 */
final class HeadingRows {

	private HeadingRows() {
	}

	/** Returns the criteria of the schedule that take a judgement, in document order. */
	static List<Criterion> headings(Schedule schedule) {
		return FrameworkRegistry.allCriteria(schedule).stream()
				.filter(criterion -> criterion.getKind() == CriterionKind.STANDARD).toList();
	}

	/** Returns the key of a judgement: its criterion URI in canonical form. */
	static String keyOf(EObject judgement) {
		String uri = ((Judgement) judgement).getCriterion();
		try {
			return CriterionUri.parse(uri).toString();
		} catch (IllegalArgumentException e) {
			return uri;
		}
	}

	static void create(FormToolkit toolkit, Composite body, EditingContext editing, Schedule schedule,
			KeyedElements judgements) {
		if (headings(schedule).isEmpty()) {
			Composite client = EditorWidgets.section(toolkit, body, Messages.Headings_section, 1);
			EditorWidgets.wrappingLabel(toolkit, client, Messages.Headings_none, 1);
			if (schedule.getMissingContent() != null) {
				EditorWidgets.wrappingLabel(toolkit, client, schedule.getMissingContent(), 1);
			}
			return;
		}
		boolean first = true;
		for (Section section : schedule.getSections()) {
			Composite client = EditorWidgets.section(toolkit, body, SipqmLabels.text(section), 2);
			if (first) {
				EditorWidgets.wrappingLabel(toolkit, client, Messages.Headings_intro, 2);
				first = false;
			}
			section(toolkit, client, section, editing, judgements);
		}
	}


	private static void section(FormToolkit toolkit, Composite client, Section section, EditingContext editing,
			KeyedElements judgements) {
		for (Criterion criterion : section.getCriteria()) {
			EditorWidgets.criterion(toolkit, client, criterion, 2);
			if (criterion.getKind() == CriterionKind.STANDARD) {
				heading(toolkit, client, criterion, editing, judgements);
			}
		}
		for (Section subsection : section.getSubsections()) {
			Composite nested = EditorWidgets.section(toolkit, client, SipqmLabels.text(subsection), 2);
			section(toolkit, nested, subsection, editing, judgements);
		}
	}

	private static void heading(FormToolkit toolkit, Composite client, Criterion criterion, EditingContext editing,
			KeyedElements judgements) {
		String key = FrameworkRegistry.criterionUri(criterion).toString();
		String code = criterion.getCode();
		IObservableValue<EObject> judgement = judgements.element(key);

		Button notEvaluated = toolkit.createButton(client, Messages.Headings_notEvaluated, SWT.CHECK);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(notEvaluated);
		EditorWidgets.name(notEvaluated, NLS.bind(Messages.Headings_notEvaluatedName, code));
		IObservableValue<Object> notEvaluatedValue = value(judgements, judgement, key,
				Literals.JUDGEMENT__NOT_EVALUATED);
		FieldBindings.check(editing.bindingContext(), notEvaluated, notEvaluatedValue);
		FieldBindings.trackElement(notEvaluated, judgement);

		toolkit.createLabel(client, Messages.Headings_gradeCaption);
		ComboViewer grade = gradeCombo(toolkit, client, NLS.bind(Messages.Headings_grade, code));
		FieldBindings.selection(editing.bindingContext(), grade, value(judgements, judgement, key,
				Literals.JUDGEMENT__GRADE));
		FieldBindings.trackElement(grade.getCombo(), judgement);
		// A heading that is not evaluated takes no grade. A grade recorded before stays in the file.
		boolean readOnly = StatusWorkflow.isReadOnly(editing.session().evaluation());
		grade.getCombo().setEnabled(!readOnly && !Boolean.TRUE.equals(notEvaluatedValue.getValue()));
		notEvaluatedValue.addValueChangeListener(event -> {
			if (!grade.getCombo().isDisposed()) {
				grade.getCombo().setEnabled(!readOnly && !Boolean.TRUE.equals(event.diff.getNewValue()));
			}
		});

		Label rationaleLabel = toolkit.createLabel(client, Messages.Headings_rationaleCaption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rationaleLabel);
		Text rationale = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, 3 * rationale.getLineHeight())
				.applyTo(rationale);
		EditorWidgets.name(rationale, NLS.bind(Messages.Headings_rationale, code));
		EditorWidgets.tabLeaves(rationale);
		FieldBindings.text(editing.bindingContext(), rationale, value(judgements, judgement, key,
				Literals.JUDGEMENT__RATIONALE));
		FieldBindings.trackElement(rationale, judgement);

		Label evidenceLabel = toolkit.createLabel(client, Messages.Headings_evidenceCaption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(evidenceLabel);
		Label evidence = EditorWidgets.wrappingLabel(toolkit, client, evidenceText((Judgement) judgement.getValue()), 1);
		EditorWidgets.name(evidence, NLS.bind(Messages.Headings_evidence, code));
	}

	/** Creates a read-only combo with "not judged" and the four grades, as the shared grade combo shows them. */
	private static ComboViewer gradeCombo(FormToolkit toolkit, Composite client, String accessibleName) {
		ComboViewer viewer = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return SipqmLabels.grade((Grade) element);
			}
		});
		viewer.setInput(Grade.VALUES);
		EditorWidgets.name(viewer.getCombo(), accessibleName);
		WheelScrolling.passToForm(viewer.getCombo());
		GridDataFactory.swtDefaults().applyTo(viewer.getControl());
		return viewer;
	}

	private static IObservableValue<Object> value(KeyedElements judgements, IObservableValue<EObject> judgement,
			String key, EStructuralFeature feature) {
		return judgements.value(judgement, key, feature, () -> {
			Judgement created = EvaluationFactory.eINSTANCE.createJudgement();
			created.setCriterion(key);
			created.setGrade(Grade.NOT_JUDGED);
			return created;
		});
	}

	private static String evidenceText(Judgement judgement) {
		if (judgement == null || judgement.getEvidence().isEmpty()) {
			return Messages.Headings_noEvidence;
		}
		return judgement.getEvidence().stream().map(SipqmLabels::text).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}
}
