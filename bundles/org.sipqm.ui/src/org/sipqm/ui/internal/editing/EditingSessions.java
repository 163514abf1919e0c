package org.sipqm.ui.internal.editing;

import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Finds the editing session of an editor part, which the part keeps in its transient data. */
public final class EditingSessions {

	/** Key of the part's transient data that stores its {@link EvaluationEditingSession}. */
	public static final String SESSION_KEY = EvaluationEditingSession.class.getName();

	private EditingSessions() {
	}

	/** Returns the part's session, or null when the part is no evaluation editor or is not rendered. */
	public static EvaluationEditingSession of(MPart part) {
		if (part == null) {
			return null;
		}
		return part.getTransientData().get(SESSION_KEY) instanceof EvaluationEditingSession session ? session : null;
	}

	/** Returns the parts among these whose evaluation has unsaved changes. */
	public static List<MPart> dirty(Collection<MPart> parts) {
		return parts.stream().filter(MPart::isDirty).toList();
	}
}
