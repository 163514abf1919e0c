package org.sipqm.ui.internal.editing;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The editing domain and binding context that an editor's form binds its controls through. The
 * domain is the session's own, or one that executes on the session's command stack, such as the
 * domain of a judgement row that adds its judgement to the model with the first edit.
 */
public record EditingContext(EvaluationEditingSession session, DataBindingContext bindingContext,
		EditingDomain domain) {

	public EditingContext(EvaluationEditingSession session, DataBindingContext bindingContext) {
		this(session, bindingContext, session.domain());
	}

	/** Returns a context with the same session and binding context that edits through the domain. */
	public EditingContext withDomain(EditingDomain editingDomain) {
		return new EditingContext(session, bindingContext, editingDomain);
	}
}
