package org.sipqm.ui.internal.editing;

import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.model.evaluation.Judgement;

/**
 * The judgement of one criterion row and the editing context that the row's fields bind through.
 * The judgement of a criterion without one is outside the model until the row's first
 * edit, which adds it in the same command.
 *
 * @param criterionUri the canonical URI of the criterion
 * @param judgement    the judgement, contained by the evaluation or, until its first edit, by nothing
 * @param editing      the context whose domain adds the judgement to the evaluation with its first edit
 */
public record JudgementRow(String criterionUri, Judgement judgement, EditingContext editing) {

	/** Returns whether the evaluation contains the row's judgement. */
	public boolean isInModel() {
		return editing.domain() instanceof AttachOnEditDomain domain ? domain.isAttached()
				: judgement.eContainer() != null;
	}
}
