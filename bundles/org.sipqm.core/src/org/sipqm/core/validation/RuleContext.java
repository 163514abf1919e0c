package org.sipqm.core.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;

/** The state of a validation that a rule reads while it runs, and the target of its reports. */
public interface RuleContext {

	/** Returns the workspace being validated. */
	Workspace workspace();

	/** Returns the frameworks the evaluations are checked against. */
	FrameworkLookup frameworks();

	/** Returns the framework edition the evaluation names, or the national one, as {@link FrameworkLookup#frameworkOf} does. */
	Framework frameworkOf(Evaluation evaluation);

	/** Looks a criterion up in the frameworks, caching the result for the rest of the run. */
	Optional<Criterion> findCriterion(CriterionUri uri);

	/**
	 * Returns a whole-number parameter of the running rule from the {@link RuleSettings}, or the
	 * default when it is not set or is less than the minimum.
	 */
	int intParameter(String name, int defaultValue, int minimum);

	/** Returns the date the validation runs on, which rules use to leave out terms still to come. */
	LocalDate today();

	/**
	 * Reports a finding about an element, under the id of the rule that is running. A severity
	 * set in the {@link RuleSettings}, or declared for a contributed rule, replaces the one given.
	 */
	void report(Severity severity, EObject element, String message);

	/** Reports a finding about a whole file, given relative to the workspace folder. */
	void report(Severity severity, Path file, String message);
}
