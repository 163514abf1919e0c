package org.sipqm.ui.internal.evaluation;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.NoteOfVisit;

/** The note of visit: strengths for dissemination, areas for improvement and the agreed actions. */
final class NoteOfVisitSection {

	private NoteOfVisitSection() {
	}

	static void create(FormBlocks blocks, Composite body, NoteOfVisit note) {
		Composite client = blocks.section(body, Messages.Evaluation_noteSection, 1, 1);
		Composite fields = blocks.fields(client, 1);

		blocks.field(fields, Messages.Evaluation_noteDate, FormStyle.date(note.getDate()));
		blocks.field(fields, Messages.Evaluation_strengths, note.getStrengthsForDissemination());
		blocks.field(fields, Messages.Evaluation_areas, note.getAreasForImprovement());
		blocks.field(fields, Messages.Evaluation_actions, actions(note));
	}

	private static RichText actions(NoteOfVisit note) {
		RichText text = new RichText();
		for (Action action : note.getActions()) {
			text.line().plain("\u2022 ").plain(FormStyle.orNotRecorded(action.getDescription())).line(); //$NON-NLS-1$
			text.styled(NLS.bind(Messages.Evaluation_actionDetails, new Object[] {
					FormStyle.orNotRecorded(action.getOwner()), FormStyle.date(action.getDueDate()) }), FormStyle.MUTED, false);
			text.bold(status(action.getStatus()));
		}
		return text.isEmpty() ? text.plain(Messages.Evaluation_noActions) : text;
	}

	private static String status(ActionStatus status) {
		return switch (status) {
		case OPEN -> Messages.Evaluation_actionOpen;
		case IN_PROGRESS -> Messages.Evaluation_actionInProgress;
		case COMPLETED -> Messages.Evaluation_actionCompleted;
		case WITHDRAWN -> Messages.Evaluation_actionWithdrawn;
		case null -> Messages.Evaluation_notRecorded;
		};
	}
}
