package org.sipqm.core.internal.validation.rules;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Critical criteria are the key definitions for practice at a level, so a section's overall
 * judgement can be no better than the weakest judgement on the critical criteria of the section
 * and its subsections. Critical criteria that are not graded are left to
 * {@link CriticalNotJudgedRule}.
 */
public class SectionBetterThanCriticalRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.SECTION_BETTER_THAN_CRITICAL;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof SectionJudgement judgement && judgement.getGrade() != null
				&& judgement.getGrade() != Grade.NOT_JUDGED && judgement.getSection() != null;
	}

	@Override
	public void check(EObject element, RuleContext context) {
		SectionJudgement sectionJudgement = (SectionJudgement) element;
		Evaluation evaluation = Evaluations.containing(sectionJudgement);
		if (evaluation == null) {
			return;
		}
		int number = Evaluations.scheduleOf(evaluation);
		Framework framework = context.frameworkOf(evaluation);
		Optional<Section> section = FrameworkLookup.schedule(framework, number)
				.flatMap((Schedule schedule) -> FrameworkRegistry.section(schedule, sectionJudgement.getSection().strip()));
		if (section.isEmpty()) {
			return;
		}

		Map<String, Judgement> judgements = CriticalCriteria.judgementsByCode(evaluation, number);
		Judgement weakest = null;
		Criterion weakestCriterion = null;
		for (Criterion criterion : CriticalCriteria.of(section.get())) {
			Judgement judgement = judgements.get(criterion.getCode());
			if (judgement != null && JudgementFacts.isGraded(judgement)
					&& (weakest == null || judgement.getGrade().getValue() > weakest.getGrade().getValue())) {
				weakest = judgement;
				weakestCriterion = criterion;
			}
		}

		if (weakest != null && sectionJudgement.getGrade().getValue() < weakest.getGrade().getValue()) {
			context.report(Severity.ERROR, sectionJudgement, NLS.bind(RuleMessages.SectionBetterThanCritical,
					new Object[] { ElementLabels.label(sectionJudgement),
							JudgementFacts.gradeText(framework, sectionJudgement.getGrade()), weakestCriterion.getCode(),
							JudgementFacts.gradeText(framework, weakest.getGrade()) }));
		}
	}
}
