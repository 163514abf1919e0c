package org.sipqm.ui.internal.evaluation;

import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.framework.Criterion;

/** The framework's text of a criterion, question or prompt: code, statement, critical marker and sub-items. */
final class CriterionText {

	private CriterionText() {
	}

	static RichText of(Criterion criterion) {
		RichText text = new RichText().bold(criterion.getCode()).plain(" ").plain(criterion.getStatement()); //$NON-NLS-1$
		String origin = SipqmLabels.origin(criterion.getOrigin());
		if (origin != null) {
			text.plain(" [" + origin + "]"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (criterion.isCritical()) {
			text.line().styled(Messages.Evaluation_critical, FormStyle.SOUND, true);
		}
		for (String item : criterion.getSubItems()) {
			text.line().plain("\u2022 ").plain(item); //$NON-NLS-1$
		}
		return text;
	}
}
