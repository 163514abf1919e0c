package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Schedule;

/** A section judgement must name a section of the schedule that its evaluation records. */
public class SectionUnknownRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.SECTION_UNKNOWN;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof SectionJudgement;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		SectionJudgement judgement = (SectionJudgement) element;
		Evaluation evaluation = Evaluations.containing(judgement);
		String code = judgement.getSection();
		if (evaluation == null || code == null || code.isBlank()) {
			return;
		}

		int number = Evaluations.scheduleOf(evaluation);
		Optional<Schedule> schedule = FrameworkLookup.schedule(context.frameworkOf(evaluation), number);
		if (schedule.isPresent() && FrameworkRegistry.section(schedule.get(), code.strip()).isEmpty()) {
			context.report(Severity.ERROR, element, NLS.bind(Messages.Rule_sectionUnknown,
					new Object[] { ElementLabels.label(element), code, number }));
		}
	}
}
