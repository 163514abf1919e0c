package org.sipqm.ui.internal.editing;

import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;

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

	/**
	 * Returns the command stack that Undo and Redo act on in the part: the stack of its evaluation
	 * editing session, or else that of the editing domain its editor provides through
	 * {@link IEditingDomainProvider}, such as the local framework editor. Returns null for other parts.
	 */
	public static CommandStack commandStackOf(MPart part) {
		EvaluationEditingSession session = of(part);
		if (session != null) {
			return session.commandStack();
		}
		if (part != null && part.getObject() instanceof IEditingDomainProvider provider
				&& provider.getEditingDomain() != null) {
			return provider.getEditingDomain().getCommandStack();
		}
		return null;
	}

	/** Returns the parts among these whose evaluation has unsaved changes. */
	public static List<MPart> dirty(Collection<MPart> parts) {
		return parts.stream().filter(MPart::isDirty).toList();
	}
}
