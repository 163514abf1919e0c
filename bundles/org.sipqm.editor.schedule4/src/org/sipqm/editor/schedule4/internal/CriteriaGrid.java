package org.sipqm.editor.schedule4.internal;

import org.eclipse.core.databinding.observable.value.SelectObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The rows of a schedule 4 section: each criterion beside four radio buttons, one per column of
 * the grade scale, under a header that names the columns.
 */
final class CriteriaGrid {

	/** Width in pixels of each grade column, enough for the longest word of a bold header, such as "improvement". */
	private static final int COLUMN_WIDTH = 104;

	private static final Grade[] COLUMNS = { Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_SOME_IMPROVEMENT,
			Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT };

	private CriteriaGrid() {
	}

	static void header(FormToolkit toolkit, Composite client) {
		Label criterion = toolkit.createLabel(client, Messages.Grid_criterion);
		criterion.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.END).applyTo(criterion);
		Composite columns = columns(toolkit, client);
		for (Grade grade : COLUMNS) {
			Label label = toolkit.createLabel(columns, SipqmLabels.grade(grade), SWT.WRAP | SWT.CENTER);
			label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			GridDataFactory.fillDefaults().hint(COLUMN_WIDTH, SWT.DEFAULT).align(SWT.FILL, SWT.END).applyTo(label);
		}
	}

	/** Adds the criterion with its grade radio buttons, and its rationale and evidence below. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void row(FormToolkit toolkit, Composite client, Criterion criterion, Judgement judgement,
			EditingContext editing) {
		Composite text = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().applyTo(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(text);
		EditorWidgets.criterion(toolkit, text, criterion, 1);
		Composite columns = columns(toolkit, client);
		SelectObservableValue<Grade> selection = new SelectObservableValue<>(Grade.class);
		for (Grade grade : COLUMNS) {
			Button radio = toolkit.createButton(columns, "", SWT.RADIO); //$NON-NLS-1$
			GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).hint(COLUMN_WIDTH, SWT.DEFAULT).applyTo(radio);
			EditorWidgets.name(radio, NLS.bind(Messages.Grid_gradeName, criterion.getCode(), SipqmLabels.grade(grade)));
			selection.addOption(grade, WidgetProperties.buttonSelection().observe(radio));
		}
		editing.bindingContext().bindValue(selection,
				EMFEditProperties.value(editing.domain(), Literals.JUDGEMENT__GRADE).observe(judgement));

		Composite details = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).extendedMargins(16, 0, 0, 0).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(details);
		EditorWidgets.rationaleAndEvidence(toolkit, details, editing, judgement, criterion.getCode());
	}

	/** Adds the overall judgement of the section: a grade and its rationale. */
	static void overall(FormToolkit toolkit, Composite client, Section section, SectionJudgement judgement,
			EditingContext editing) {
		Composite overall = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).extendedMargins(0, 0, 10, 0).applyTo(overall);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(overall);
		Label title = toolkit.createLabel(overall, NLS.bind(Messages.Grid_overall, section.getCode()));
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.swtDefaults().span(2, 1).applyTo(title);

		toolkit.createLabel(overall, Messages.Grid_gradeCaption);
		EditorWidgets.grade(toolkit, overall, editing, judgement, Literals.SECTION_JUDGEMENT__GRADE,
				NLS.bind(Messages.Grid_overallName, section.getCode()));
		EditorWidgets.multiLineText(toolkit, overall, editing, judgement, Literals.SECTION_JUDGEMENT__RATIONALE,
				Messages.Grid_rationaleCaption, NLS.bind(Messages.Grid_overallRationaleName, section.getCode()), 2);
	}

	private static Composite columns(FormToolkit toolkit, Composite client) {
		Composite columns = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(COLUMNS.length).equalWidth(true).applyTo(columns);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(columns);
		return columns;
	}
}
