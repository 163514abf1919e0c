package org.sipqm.core.validation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.store.Workspace;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;

/** What a rule can see while it runs, and where it reports what it finds. */
public interface RuleContext {

	/** Returns the workspace being validated. */
	Workspace workspace();

	FrameworkRegistry frameworks();

	/** Looks a criterion up in the frameworks, caching the answer for the rest of the run. */
	Optional<Criterion> findCriterion(CriterionUri uri);

	/** Reports a finding about an element, under the id of the rule that is running. */
	void report(Severity severity, EObject element, String message);

	/** Reports a finding about a whole file, given relative to the workspace folder. */
	void report(Severity severity, Path file, String message);
}
