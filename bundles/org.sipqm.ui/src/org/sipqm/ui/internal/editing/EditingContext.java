package org.sipqm.ui.internal.editing;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The editing domain and binding context that an editor's form binds its controls through. */
public record EditingContext(EvaluationEditingSession session, DataBindingContext bindingContext) {

	public EditingDomain domain() {
		return session.domain();
	}
}
