package org.sipqm.core.internal.validation;

import java.util.List;

import org.sipqm.core.internal.validation.rules.AcademicYearRule;
import org.sipqm.core.internal.validation.rules.AttachmentRule;
import org.sipqm.core.internal.validation.rules.CriterionFrameworkRule;
import org.sipqm.core.internal.validation.rules.CriterionScheduleRule;
import org.sipqm.core.internal.validation.rules.CriterionUnknownRule;
import org.sipqm.core.internal.validation.rules.CriterionUriRule;
import org.sipqm.core.internal.validation.rules.DateInTermRule;
import org.sipqm.core.internal.validation.rules.DateInYearRule;
import org.sipqm.core.internal.validation.rules.DuplicateEvaluationIdRule;
import org.sipqm.core.internal.validation.rules.EvaluationPathRule;
import org.sipqm.core.internal.validation.rules.LoadProblemRule;
import org.sipqm.core.internal.validation.rules.ProtocolStepRule;
import org.sipqm.core.internal.validation.rules.SectionUnknownRule;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.WorkspaceRule;

/** The rules the workbench ships. A new rule is one class here and one id in {@code RuleIds}. */
public final class DefaultRules {

	private DefaultRules() {
	}

	public static List<ElementRule> elementRules() {
		return List.of(new CriterionUriRule(), new CriterionUnknownRule(), new CriterionScheduleRule(),
				new CriterionFrameworkRule(), new SectionUnknownRule(), new ProtocolStepRule(), new AcademicYearRule(),
				new DateInYearRule(), new DateInTermRule(), new AttachmentRule());
	}

	public static List<WorkspaceRule> workspaceRules() {
		return List.of(new LoadProblemRule(), new DuplicateEvaluationIdRule(), new EvaluationPathRule());
	}
}
