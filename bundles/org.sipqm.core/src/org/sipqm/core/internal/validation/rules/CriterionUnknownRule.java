package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.CriterionUri;

/** A criterion URI must name a criterion of a framework in the registry. */
public class CriterionUnknownRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.CRITERION_UNKNOWN;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return CriterionReferences.recordsCriterion(element);
	}

	@Override
	public void check(EObject element, RuleContext context) {
		Optional<CriterionUri> uri = CriterionReferences.parse(element);
		if (uri.isPresent() && context.findCriterion(uri.get()).isEmpty()) {
			CriterionUri criterion = uri.get();
			context.report(Severity.ERROR, element, NLS.bind(Messages.Rule_criterionUnknown, new Object[] {
					ElementLabels.label(element), criterion.code(), criterion.schedule(), criterion.editionKey() }));
		}
	}
}
