package org.sipqm.core.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleRegistry;
import org.sipqm.core.validation.RuleSettings;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;

/**
 * The workspace and validator that the tests of the judgement rules start from. The national
 * framework marks no criterion critical, so the tests use a copy of it in which criterion 1.1.3
 * of schedule 4 is critical.
 */
final class RuleFixtures {

	/** The critical criterion of {@link #criticalFramework()}. */
	static final String CRITICAL_CODE = "1.1.3";

	/** A day after the fixtures' academic year 2007/08, so that every term has ended. */
	static final LocalDate AFTER_THE_YEAR = LocalDate.of(2008, 9, 15);

	private RuleFixtures() {
	}

	/** Returns a copy of the national framework with criterion 1.1.3 of schedule 4 marked critical. */
	static Framework criticalFramework() {
		Framework framework = EcoreUtil.copy(FrameworkRegistry.getDefault().national());
		Criterion criterion = FrameworkLookup.schedule(framework, 4)
				.map(FrameworkRegistry::allCriteria)
				.flatMap(criteria -> criteria.stream().filter(c -> c.getCode().equals(CRITICAL_CODE)).findFirst())
				.orElseThrow();
		criterion.setCritical(true);
		return framework;
	}

	/** Returns a validator of the shipped rules against the critical framework, on the given day. */
	static WorkspaceValidator validator(RuleSettings settings, LocalDate today) {
		return WorkspaceValidator.builder()
				.frameworks(FrameworkLookup.of(criticalFramework()))
				.rules(RuleRegistry.builtIn())
				.settings(settings)
				.clock(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
				.build();
	}

	static WorkspaceValidator validator() {
		return validator(RuleSettings.defaults(), AFTER_THE_YEAR);
	}

	/**
	 * Writes the valid fixture workspace, with the self-evaluation's judgement on the critical
	 * criterion graded good, so that no rule fires against the critical framework.
	 */
	static Workspace workspace(Path folder) throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Judgement judgement = selfEvaluationJudgement(workspace);
		judgement.setNotEvaluated(false);
		judgement.setGrade(Grade.GOOD);
		return workspace;
	}

	/** Returns the self-evaluation's judgement, on criterion 1.1.3 of schedule 4. */
	static Judgement selfEvaluationJudgement(Workspace workspace) {
		return TestWorkspaces.evaluation(workspace, "se-").getJudgements().get(0);
	}
}
