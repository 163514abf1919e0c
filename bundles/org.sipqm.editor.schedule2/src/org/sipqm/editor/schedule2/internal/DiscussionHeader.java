package org.sipqm.editor.schedule2.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.WheelScrolling;

/**
 * The head of a schedule 2 form: the school, the local authority, the term, the date and kind of
 * the discussion, and the protocol checks under the text of each protocol step. The school, the
 * local authority and the term name the evaluation's file, so they are shown but not edited.
 */
final class DiscussionHeader {

	/** Code of the protocol step on consulting the LA before the discussion. */
	static final String STEP_LA_CONSULTED = "la-consulted"; //$NON-NLS-1$
	/** Code of the protocol step on informing the SIP. */
	static final String STEP_SIP_INFORMED = "sip-informed"; //$NON-NLS-1$
	/** Code of the protocol step on feedback to the LA and to the SIP. */
	static final String STEP_FEEDBACK = "feedback"; //$NON-NLS-1$

	/** The protocol steps that the discussion records checks of, in the schedule's order. */
	private static final List<String> STEPS = List.of(STEP_LA_CONSULTED, STEP_SIP_INFORMED, STEP_FEEDBACK);

	private static final int DATE_WIDTH_HINT = 100;
	private static final int STEP_SPACING = 6;

	private DiscussionHeader() {
	}

	static void create(FormToolkit toolkit, Composite body, EditingContext editing) {
		HeadteacherDiscussion discussion = (HeadteacherDiscussion) editing.session().evaluation();
		Composite client = EditorWidgets.section(toolkit, body, Messages.Header_section, 2);

		value(toolkit, client, Messages.Header_schoolCaption, Messages.Header_school, reference(discussion.getSchool()));
		value(toolkit, client, Messages.Header_authorityCaption, Messages.Header_authority,
				reference(discussion.getLocalAuthority()));
		String year = discussion.getAcademicYear() == null ? Messages.Header_notRecorded : discussion.getAcademicYear();
		value(toolkit, client, Messages.Header_periodCaption, Messages.Header_period,
				NLS.bind(Messages.Header_periodValue, SipqmLabels.term(discussion.getTerm()), year));

		toolkit.createLabel(client, Messages.Header_dateCaption);
		date(toolkit, client, editing, Literals.EVALUATION__DATE, Messages.Header_date);

		toolkit.createLabel(client, Messages.Header_modeCaption);
		mode(toolkit, client, editing);
	}

	/**
	 * Adds the protocols section: the text of each protocol step of the schedule, each followed by
	 * the checks that record it. Checks whose step the framework lacks follow the steps.
	 */
	static void protocols(FormToolkit toolkit, Composite body, EditingContext editing, Optional<Schedule> schedule) {
		Composite client = EditorWidgets.section(toolkit, body, Messages.Protocol_section, 2);
		List<String> checkedSteps = new ArrayList<>();
		List<Protocol> protocols = schedule.<List<Protocol>>map(Schedule::getProtocols).orElse(List.of());
		for (Protocol protocol : protocols) {
			for (ProtocolStep step : protocol.getSteps()) {
				if (STEPS.contains(step.getCode()) && !checkedSteps.contains(step.getCode())) {
					Label text = EditorWidgets.wrappingLabel(toolkit, client, step.getText(), 2);
					((GridData) text.getLayoutData()).verticalIndent = STEP_SPACING;
					checks(toolkit, client, editing, step.getCode());
					checkedSteps.add(step.getCode());
				}
			}
		}
		for (String code : STEPS) {
			if (!checkedSteps.contains(code)) {
				checks(toolkit, client, editing, code);
			}
		}
	}

	private static void checks(FormToolkit toolkit, Composite client, EditingContext editing, String stepCode) {
		switch (stepCode) {
		case STEP_LA_CONSULTED -> {
			check(toolkit, client, editing, Literals.HEADTEACHER_DISCUSSION__LA_CONSULTED, Messages.Protocol_laConsulted);
			toolkit.createLabel(client, Messages.Protocol_laConsultedOnCaption);
			date(toolkit, client, editing, Literals.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON,
					Messages.Protocol_laConsultedOn);
		}
		case STEP_SIP_INFORMED -> check(toolkit, client, editing, Literals.HEADTEACHER_DISCUSSION__SIP_INFORMED,
				Messages.Protocol_sipInformed);
		case STEP_FEEDBACK -> {
			check(toolkit, client, editing, Literals.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA,
					Messages.Protocol_feedbackToLA);
			check(toolkit, client, editing, Literals.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP,
					Messages.Protocol_feedbackToSIP);
		}
		default -> throw new IllegalArgumentException("No checks for protocol step " + stepCode); //$NON-NLS-1$
		}
	}

	private static void value(FormToolkit toolkit, Composite client, String caption, String name, String text) {
		toolkit.createLabel(client, caption);
		Label value = EditorWidgets.wrappingLabel(toolkit, client, text, 1);
		EditorWidgets.name(value, name);
	}

	private static void check(FormToolkit toolkit, Composite client, EditingContext editing, EAttribute attribute,
			String label) {
		Button button = toolkit.createButton(client, label, SWT.CHECK);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(button);
		EditorWidgets.name(button, label);
		button.setData(EditorWidgets.ELEMENT_KEY, editing.session().evaluation());
		EditBindings.check(editing.bindingContext(), button, editing.domain(), editing.session().evaluation(),
				attribute);
	}

	private static void date(FormToolkit toolkit, Composite client, EditingContext editing, EAttribute attribute,
			String name) {
		Text date = toolkit.createText(client, ""); //$NON-NLS-1$
		GridDataFactory.swtDefaults().hint(DATE_WIDTH_HINT, SWT.DEFAULT).applyTo(date);
		date.setMessage(Messages.Header_dateHint);
		EditorWidgets.name(date, name);
		date.setData(EditorWidgets.ELEMENT_KEY, editing.session().evaluation());
		EditBindings.date(editing.bindingContext(), date, editing.domain(), editing.session().evaluation(), attribute);
	}

	private static void mode(FormToolkit toolkit, Composite client, EditingContext editing) {
		ComboViewer viewer = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return modeLabel((DiscussionMode) element);
			}
		});
		viewer.setInput(DiscussionMode.VALUES);
		GridDataFactory.swtDefaults().applyTo(viewer.getControl());
		EditorWidgets.name(viewer.getCombo(), Messages.Header_mode);
		WheelScrolling.passToForm(viewer.getCombo());
		viewer.getCombo().setData(EditorWidgets.ELEMENT_KEY, editing.session().evaluation());
		EditBindings.selection(editing.bindingContext(), viewer, editing.domain(), editing.session().evaluation(),
				Literals.HEADTEACHER_DISCUSSION__MODE);
	}

	/** Returns the label of a kind of discussion as the schedule names it. */
	static String modeLabel(DiscussionMode mode) {
		return mode == DiscussionMode.TELEPHONE_CALL ? Messages.Header_modeCall : Messages.Header_modeVisit;
	}

	private static String reference(EObject element) {
		if (element == null) {
			return Messages.Header_notRecorded;
		}
		if (element.eIsProxy()) {
			return NLS.bind(Messages.Header_unresolved, EcoreUtil.getURI(element).fragment());
		}
		String label = SipqmLabels.text(element);
		return label == null ? Messages.Header_notRecorded : label;
	}
}
