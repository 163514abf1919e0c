package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;

/**
 * A criterion should come from the framework edition that its evaluation names, such as
 * "sip-qm/1". Evaluations that name no edition are not checked.
 */
public class CriterionFrameworkRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.CRITERION_WRONG_FRAMEWORK;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return CriterionReferences.recordsCriterion(element);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Optional<CriterionUri> uri = CriterionReferences.parse(element);
		Evaluation evaluation = Evaluations.containing(element);
		if (uri.isEmpty() || evaluation == null || evaluation.getFramework() == null
				|| evaluation.getFramework().isBlank()) {
			return;
		}

		String edition = uri.get().editionKey();
		if (!edition.equals(evaluation.getFramework().strip())) {
			context.report(Severity.WARNING, element, NLS.bind(Messages.Rule_criterionWrongFramework, new Object[] {
					ElementLabels.label(element), edition, ElementLabels.label(evaluation), evaluation.getFramework() }));
		}
	}
}
