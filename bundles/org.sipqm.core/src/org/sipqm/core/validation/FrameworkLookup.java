package org.sipqm.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;

/**
 * The framework editions that rules and the evidence index check evaluations against. The
 * workbench uses {@link #of(FrameworkRegistry)}; tests and tools can pass frameworks of their own
 * to {@link #of(Framework, Framework...)}, such as a copy of the national framework with critical
 * criteria marked.
 */
public interface FrameworkLookup {

	/** Returns the framework used for evaluations that name no edition or an unknown one. */
	Framework national();

	/** Returns the framework with the id and edition, such as "sip-qm" and "1". */
	Optional<Framework> find(String id, String edition);

	/**
	 * Returns the framework edition that the evaluation names as "id/edition", or the national
	 * framework when it names none or one that is not known. Rules about unknown editions report
	 * those separately.
	 */
	default Framework frameworkOf(Evaluation evaluation) {
		String key = evaluation.getFramework();
		if (key != null) {
			int slash = key.strip().indexOf('/');
			if (slash > 0) {
				String stripped = key.strip();
				Optional<Framework> named = find(stripped.substring(0, slash), stripped.substring(slash + 1));
				if (named.isPresent()) {
					return named.get();
				}
			}
		}
		return national();
	}

	/** Returns the criterion that the URI names, or nothing when no known framework has it. */
	default Optional<Criterion> findCriterion(CriterionUri uri) {
		return find(uri.framework(), uri.edition())
				.flatMap(framework -> schedule(framework, uri.schedule()))
				.flatMap(schedule -> FrameworkRegistry.allCriteria(schedule).stream()
						.filter(criterion -> uri.code().equals(criterion.getCode()))
						.findFirst());
	}

	/** Returns the schedule of the framework with the number, 1 to 4 in the national edition 1. */
	static Optional<Schedule> schedule(Framework framework, int number) {
		return framework.getSchedules().stream().filter(schedule -> schedule.getNumber() == number).findFirst();
	}

	/** Returns a lookup over the registry, whose framework is the national one with its contributions. */
	static FrameworkLookup of(FrameworkRegistry registry) {
		Objects.requireNonNull(registry, "registry");
		return new FrameworkLookup() {

			@Override
			public Framework national() {
				return registry.national();
			}

			@Override
			public Optional<Framework> find(String id, String edition) {
				Framework framework = registry.national();
				return id.equals(framework.getId()) && edition.equals(framework.getEdition()) ? Optional.of(framework)
						: Optional.empty();
			}
		};
	}

	/** Returns a lookup over the given frameworks. The first is the one {@link #national()} returns. */
	static FrameworkLookup of(Framework national, Framework... others) {
		Objects.requireNonNull(national, "national");
		List<Framework> all = new java.util.ArrayList<>(List.of(others));
		all.add(0, national);
		List<Framework> frameworks = List.copyOf(all);
		return new FrameworkLookup() {

			@Override
			public Framework national() {
				return national;
			}

			@Override
			public Optional<Framework> find(String id, String edition) {
				return frameworks.stream()
						.filter(framework -> id.equals(framework.getId()) && edition.equals(framework.getEdition()))
						.findFirst();
			}
		};
	}
}
