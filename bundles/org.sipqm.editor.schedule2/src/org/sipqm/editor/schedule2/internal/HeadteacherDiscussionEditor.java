package org.sipqm.editor.schedule2.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.Evaluations;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditingContext;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationEditorPart;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * The editor of a headteacher discussion, a school visit or a telephone call to the headteacher
 * (schedule 2). It follows the order of the framework's schedule 2. First come the school, the term
 * and the kind of discussion, then the protocols with their checks. Each section follows with its
 * questions in order, each with an answer, an example and the impact. Section 3 ends the form with
 * the strengths for dissemination, the areas for improvement and the overall benefits.
 */
public class HeadteacherDiscussionEditor extends EvaluationEditorPart {

	/** Code of the question on the overall benefits, whose specific benefits the discussion stores. */
	private static final String BENEFITS_QUESTION = "3.3"; //$NON-NLS-1$

	private ResponseRows responses;
	private boolean benefitsShown;

	@Override
	protected ScrolledForm createForm(FormToolkit toolkit, Composite parent, EditingContext editing) {
		HeadteacherDiscussion discussion = (HeadteacherDiscussion) editing.session().evaluation();
		ScrolledForm form = EditorWidgets.form(toolkit, parent, EvaluationEditors.title(discussion));
		Composite body = form.getBody();

		createStatusSection(toolkit, body, editing);
		DiscussionHeader.create(toolkit, body, editing);
		int scheduleNumber = Evaluations.scheduleOf(discussion);
		Optional<Schedule> schedule = FrameworkRegistry.getDefault().schedule(scheduleNumber);
		DiscussionHeader.protocols(toolkit, body, editing, schedule);

		if (responses != null) {
			responses.dispose();
		}
		responses = new ResponseRows(discussion);
		benefitsShown = false;
		if (schedule.isEmpty()) {
			toolkit.createLabel(body, NLS.bind(Messages.Editor_scheduleMissing, scheduleNumber), SWT.WRAP);
		} else {
			for (Section section : schedule.get().getSections()) {
				section(toolkit, body, section, editing);
			}
		}
		unmatched(toolkit, body, editing, scheduleNumber, schedule.isEmpty());
		return form;
	}

	private void section(FormToolkit toolkit, Composite parent, Section section, EditingContext editing) {
		Composite client = EditorWidgets.section(toolkit, parent, SipqmLabels.text(section), 2);
		for (Criterion criterion : section.getCriteria()) {
			EditorWidgets.criterion(toolkit, client, criterion, 2);
			if (criterion.getKind() == CriterionKind.PROMPT) {
				prompt(toolkit, client, criterion, editing);
			} else {
				responses.create(toolkit, client, editing, FrameworkRegistry.criterionUri(criterion).toString(),
						criterion.getCode());
				if (BENEFITS_QUESTION.equals(criterion.getCode())) {
					benefits(toolkit, client, editing);
				}
			}
		}
		for (Section subsection : section.getSubsections()) {
			section(toolkit, client, subsection, editing);
		}
	}

	/**
	 * Adds the text of a section 3 prompt. The model stores "Particular strengths for dissemination"
	 * (3.1) and "Areas for improvement" (3.2) as attributes of the discussion, not as responses.
	 */
	private static void prompt(FormToolkit toolkit, Composite client, Criterion criterion, EditingContext editing) {
		EAttribute attribute = switch (criterion.getCode()) {
		case "3.1" -> Literals.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION; //$NON-NLS-1$
		case "3.2" -> Literals.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT; //$NON-NLS-1$
		default -> null;
		};
		if (attribute != null) {
			EditorWidgets.multiLineText(toolkit, client, editing, editing.session().evaluation(), attribute,
					Messages.Prompt_caption, SipqmLabels.text(criterion), 2);
		}
	}

	private void benefits(FormToolkit toolkit, Composite client, EditingContext editing) {
		EditorWidgets.multiLineText(toolkit, client, editing, editing.session().evaluation(),
				Literals.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS, Messages.Benefits_caption, Messages.Benefits_name, 2);
		benefitsShown = true;
	}

	/**
	 * Adds the responses to questions that the schedule lacks, such as those of a local criterion
	 * whose plug-in is not installed, and, when the framework has no schedule to lay out, the
	 * discussion's own texts of section 3.
	 */
	private void unmatched(FormToolkit toolkit, Composite body, EditingContext editing, int scheduleNumber,
			boolean scheduleMissing) {
		List<Response> others = responses.unmatched();
		if (others.isEmpty() && benefitsShown) {
			return;
		}
		String title = others.isEmpty() ? Messages.Closing_section
				: NLS.bind(Messages.Response_unmatchedSection, scheduleNumber);
		Composite client = EditorWidgets.section(toolkit, body, title, 2);
		for (Response response : others) {
			String code = SipqmLabels.criterionCode(response.getCriterion());
			EditorWidgets.wrappingLabel(toolkit, client, code, 2);
			responses.create(toolkit, client, editing, response.getCriterion(), code);
		}
		if (scheduleMissing) {
			EditorWidgets.multiLineText(toolkit, client, editing, editing.session().evaluation(),
					Literals.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION, Messages.Prompt_caption,
					Messages.Prompt_strengths, 2);
			EditorWidgets.multiLineText(toolkit, client, editing, editing.session().evaluation(),
					Literals.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT, Messages.Prompt_caption,
					Messages.Prompt_areas, 2);
		}
		if (!benefitsShown) {
			benefits(toolkit, client, editing);
		}
	}

	/**
	 * Reveals the element as the shared editor part does, except that an evidence item that a
	 * response links reveals the fields of that response.
	 */
	@Override
	public boolean reveal(EObject element) {
		if (element instanceof EvidenceItem item && getSession() != null
				&& getSession().evaluation() instanceof HeadteacherDiscussion discussion) {
			for (Response response : discussion.getResponses()) {
				if (response.getEvidence().contains(item) && super.reveal(response)) {
					return true;
				}
			}
		}
		return super.reveal(element);
	}

	@Override
	public void dispose() {
		if (responses != null) {
			responses.dispose();
		}
		super.dispose();
	}
}
