package org.sipqm.editor.schedule3.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The protocol checklist of a joint visit: each step of the framework's protocols in order, with
 * whether it was done, its date and a note. The step that sends the written summary also records
 * whether it went to the headteacher and to the LA. A step without a protocol check in the file
 * gets one with its first edit, in the same undoable command, after the checks of the steps before
 * it. Until then its fields bind to a check that the session keeps outside the model.
 */
final class ProtocolChecklist {

	/** Code of the framework's protocol step that sends the written summary of the visit. */
	static final String WRITTEN_SUMMARY_STEP = "written-summary"; //$NON-NLS-1$

	private static final int STEP_INDENT = 16;
	private static final int DATE_WIDTH = 90;

	private ProtocolChecklist() {
	}

	/** Returns the protocol steps of the schedule, in the order the framework lists them. */
	static List<ProtocolStep> steps(Schedule schedule) {
		List<ProtocolStep> steps = new ArrayList<>();
		for (Protocol protocol : schedule.getProtocols()) {
			steps.addAll(protocol.getSteps());
		}
		return steps;
	}

	static void create(FormToolkit toolkit, Composite body, EditingContext editing, Schedule schedule) {
		ShadowVisit visit = (ShadowVisit) editing.session().evaluation();
		List<String> order = steps(schedule).stream().map(ProtocolStep::getCode).toList();
		int number = 1;
		Composite client = null;
		for (Protocol protocol : schedule.getProtocols()) {
			client = EditorWidgets.section(toolkit, body, protocol.getName(), 2);
			if (protocol.getIntroduction() != null) {
				EditorWidgets.wrappingLabel(toolkit, client, protocol.getIntroduction(), 2);
			}
			for (ProtocolStep step : protocol.getSteps()) {
				Composite fields = step(toolkit, client, editing, order, step.getCode(),
						NLS.bind(Messages.Protocol_step, number, step.getText()), number);
				if (WRITTEN_SUMMARY_STEP.equals(step.getCode())) {
					summaryRecipients(toolkit, fields, editing, visit);
				}
				number++;
			}
		}
		// Checks of steps that the framework no longer lists stay visible and editable after its steps.
		List<String> unknownSteps = visit.getProtocolChecks().stream().map(ProtocolCheck::getStep)
				.filter(code -> code != null && !order.contains(code)).distinct().toList();
		for (String code : client == null ? List.<String>of() : unknownSteps) {
			step(toolkit, client, editing, order, code, NLS.bind(Messages.Protocol_unknownStep, number, code), number);
			number++;
		}
	}

	/** Adds the step's text and its fields, and returns the composite of the fields. */
	private static Composite step(FormToolkit toolkit, Composite client, EditingContext editing, List<String> order,
			String code, String text, int number) {
		Label label = EditorWidgets.wrappingLabel(toolkit, client, text, 2);
		((GridData) label.getLayoutData()).verticalIndent = 6;

		Composite fields = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(5).extendedMargins(STEP_INDENT, 0, 0, 0).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fields);
		ProtocolCheck check = check(editing, code);
		ShadowVisit visit = (ShadowVisit) editing.session().evaluation();
		// NOTE: unlike the responses of schedule 2, an edit that writes an empty value, such as a date
		// field cleared after invalid text, also adds a check that the visit does not contain yet.
		EditingContext checkEditing = editing.withDomain(new AttachOnEditDomain(editing.domain(), visit,
				Literals.SHADOW_VISIT__PROTOCOL_CHECKS, check, AttachOnEditDomain.positionInOrder(visit,
						Literals.SHADOW_VISIT__PROTOCOL_CHECKS, element -> ((ProtocolCheck) element).getStep(), order,
						code)));

		Button done = toolkit.createButton(fields, Messages.Protocol_done, SWT.CHECK);
		EditorWidgets.name(done, NLS.bind(Messages.Protocol_doneName, number));
		done.setData(EditorWidgets.ELEMENT_KEY, check);
		EditBindings.check(editing.bindingContext(), done, checkEditing.domain(), check, Literals.PROTOCOL_CHECK__DONE);

		toolkit.createLabel(fields, Messages.Protocol_dateCaption);
		Text date = toolkit.createText(fields, "", SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.swtDefaults().hint(DATE_WIDTH, SWT.DEFAULT).applyTo(date);
		date.setMessage(Messages.Editor_dateHint);
		EditorWidgets.name(date, NLS.bind(Messages.Protocol_dateName, number));
		date.setData(EditorWidgets.ELEMENT_KEY, check);
		// An invalid date shows an error decoration on its field that names the fix.
		ControlDecorationSupport.create(EditBindings.date(editing.bindingContext(), date, checkEditing.domain(), check,
				Literals.PROTOCOL_CHECK__DATE), SWT.TOP | SWT.LEFT);

		toolkit.createLabel(fields, Messages.Protocol_noteCaption);
		Text note = toolkit.createText(fields, "", SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).applyTo(note);
		EditorWidgets.name(note, NLS.bind(Messages.Protocol_noteName, number));
		note.setData(EditorWidgets.ELEMENT_KEY, check);
		EditBindings.text(editing.bindingContext(), note, checkEditing.domain(), check, Literals.PROTOCOL_CHECK__NOTE);
		return fields;
	}

	/**
	 * Returns the visit's check of the step, or, when it has none, the check that the session keeps
	 * for the step until its first edit.
	 */
	private static ProtocolCheck check(EditingContext editing, String code) {
		ShadowVisit visit = (ShadowVisit) editing.session().evaluation();
		for (ProtocolCheck check : visit.getProtocolChecks()) {
			if (code.equals(check.getStep())) {
				return check;
			}
		}
		return editing.session().pendingElement(Literals.SHADOW_VISIT__PROTOCOL_CHECKS.getName() + "/" + code, //$NON-NLS-1$
				ProtocolCheck.class, () -> {
					ProtocolCheck created = EvaluationFactory.eINSTANCE.createProtocolCheck();
					created.setStep(code);
					return created;
				});
	}

	/** Adds the check boxes that record whether the written summary went to the headteacher and to the LA. */
	private static void summaryRecipients(FormToolkit toolkit, Composite fields, EditingContext editing,
			ShadowVisit visit) {
		Composite recipients = toolkit.createComposite(fields);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(20, 0).applyTo(recipients);
		GridDataFactory.fillDefaults().span(5, 1).applyTo(recipients);
		Button headteacher = toolkit.createButton(recipients, Messages.Protocol_summaryToHeadteacher, SWT.CHECK);
		EditorWidgets.name(headteacher, Messages.Protocol_summaryToHeadteacher);
		EditBindings.check(editing.bindingContext(), headteacher, editing.domain(), visit,
				Literals.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER);
		Button authority = toolkit.createButton(recipients, Messages.Protocol_summaryToLA, SWT.CHECK);
		EditorWidgets.name(authority, Messages.Protocol_summaryToLA);
		EditBindings.check(editing.bindingContext(), authority, editing.domain(), visit,
				Literals.SHADOW_VISIT__SUMMARY_TO_LA);
	}
}
