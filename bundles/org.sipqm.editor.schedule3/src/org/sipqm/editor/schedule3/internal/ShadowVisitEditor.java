package org.sipqm.editor.schedule3.internal;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.WheelScrolling;
import org.sipqm.ui.internal.editing.EvaluationEditorPart;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * The editor of a joint visit in which the SIPCo shadows a SIP at a school (schedule 3), in the
 * order of the printed schedule. It shows the school, SIP, local authority and term, the LA's
 * support level and the purpose of the visit. The protocol checklist with a date for each step
 * follows, and then each heading, graded with its rationale or marked as not evaluated on this visit.
 * <p>
 * Opening the editor adds nothing to the visit: protocol checks and judgements that the file lacks
 * are created by the first edit of one of their fields, so opening and saving an unchanged visit
 * writes the same file.
 */
public class ShadowVisitEditor extends EvaluationEditorPart {

	private static final int DATE_WIDTH = 90;

	@Override
	protected ScrolledForm createForm(FormToolkit toolkit, Composite parent, EditingContext editing) {
		ShadowVisit visit = (ShadowVisit) editing.session().evaluation();
		ScrolledForm form = EditorWidgets.form(toolkit, parent, EvaluationEditors.title(visit));
		Composite body = form.getBody();

		createStatusSection(toolkit, body, editing);
		visitSection(toolkit, body, editing, visit);
		int scheduleNumber = Evaluations.scheduleOf(visit);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		if (schedule.isEmpty()) {
			toolkit.createLabel(body, NLS.bind(Messages.Editor_scheduleMissing, scheduleNumber), SWT.WRAP);
			return form;
		}

		ProtocolChecklist.create(toolkit, body, editing, schedule.get());
		HeadingRows.create(toolkit, body, editing, schedule.get());
		return form;
	}

	/** Adds the header of the visit, the LA's support level and the purpose of the visit. */
	private static void visitSection(FormToolkit toolkit, Composite body, EditingContext editing, ShadowVisit visit) {
		Composite client = EditorWidgets.section(toolkit, body, Messages.Visit_section, 2);
		caption(toolkit, client, Messages.Visit_schoolCaption);
		EditorWidgets.wrappingLabel(toolkit, client, labelOf(visit.getSchool()), 1);
		caption(toolkit, client, Messages.Visit_partnerCaption);
		EditorWidgets.wrappingLabel(toolkit, client, labelOf(visit.getPartner()), 1);
		caption(toolkit, client, Messages.Visit_authorityCaption);
		EditorWidgets.wrappingLabel(toolkit, client, labelOf(visit.getLocalAuthority()), 1);
		caption(toolkit, client, Messages.Visit_termCaption);
		EditorWidgets.wrappingLabel(toolkit, client,
				NLS.bind(Messages.Visit_term, SipqmLabels.term(visit.getTerm()), visit.getAcademicYear()), 1);

		caption(toolkit, client, Messages.Visit_dateCaption);
		Text date = toolkit.createText(client, ""); //$NON-NLS-1$
		GridDataFactory.swtDefaults().hint(DATE_WIDTH, SWT.DEFAULT).applyTo(date);
		date.setMessage(Messages.Editor_dateHint);
		EditorWidgets.name(date, Messages.Visit_date);
		date.setData(EditorWidgets.ELEMENT_KEY, visit);
		EditBindings.date(editing.bindingContext(), date, editing.domain(), visit, Literals.EVALUATION__DATE);

		caption(toolkit, client, Messages.Visit_supportCaption);
		ComboViewer support = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(support.getCombo(), true, false);
		support.setContentProvider(ArrayContentProvider.getInstance());
		support.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return SipqmLabels.support((SupportKind) element);
			}
		});
		support.setInput(SupportKind.VALUES);
		EditorWidgets.name(support.getCombo(), Messages.Visit_support);
		WheelScrolling.passToForm(support.getCombo());
		EditBindings.selection(editing.bindingContext(), support, editing.domain(), visit,
				Literals.SHADOW_VISIT__SUPPORT_LEVEL);

		EditorWidgets.multiLineText(toolkit, client, editing, visit, Literals.SHADOW_VISIT__PURPOSE,
				Messages.Visit_purposeCaption, Messages.Visit_purpose, 2);
	}

	private static void caption(FormToolkit toolkit, Composite client, String text) {
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(toolkit.createLabel(client, text));
	}

	private static String labelOf(Object element) {
		String label = SipqmLabels.text(element);
		return label == null ? Messages.Visit_notRecorded : label;
	}
}
