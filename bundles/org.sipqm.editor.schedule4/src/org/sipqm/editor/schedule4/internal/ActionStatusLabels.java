package org.sipqm.editor.schedule4.internal;

import org.sipqm.model.evaluation.ActionStatus;

/** The names of the statuses of an agreed action, as the note of visit shows them. */
final class ActionStatusLabels {

	private ActionStatusLabels() {
	}

	static String label(ActionStatus status) {
		return switch (status) {
		case OPEN -> Messages.Status_open;
		case IN_PROGRESS -> Messages.Status_inProgress;
		case COMPLETED -> Messages.Status_completed;
		case WITHDRAWN -> Messages.Status_withdrawn;
		case null -> Messages.Status_open;
		};
	}
}
