package org.sipqm.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.framework.internal.FrameworkLoader;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Provides the national School Improvement Partners quality management framework and looks up its
 * schedules, sections and criteria. The national framework is loaded from this bundle on first use
 * and cached. All callers share the loaded model, so they must treat it as read-only.
 */
public final class FrameworkRegistry {

	private static final FrameworkRegistry DEFAULT = new FrameworkRegistry();

	private Framework national;

	/** Returns the registry that the whole workbench shares. */
	public static FrameworkRegistry getDefault() {
		return DEFAULT;
	}

	/**
	 * Returns the national framework, edition 1, loading it on the first call.
	 *
	 * @throws FrameworkLoadException when the bundled resource is missing or invalid
	 */
	public synchronized Framework national() {
		if (national == null) {
			national = FrameworkLoader.load(FrameworkLoader.nationalFrameworkUri());
		}
		return national;
	}

	/** Returns the national schedule with the given number, 1 to 4 in edition 1. */
	public Optional<Schedule> schedule(int number) {
		return schedule(national(), number);
	}

	/** Returns the criterion that the URI names, or an empty result when no known framework has it. */
	public Optional<Criterion> find(CriterionUri uri) {
		return framework(uri.framework(), uri.edition())
				.flatMap(framework -> schedule(framework, uri.schedule()))
				.flatMap(schedule -> allCriteria(schedule).stream()
						.filter(criterion -> uri.code().equals(criterion.getCode()))
						.findFirst());
	}

	/** Returns the framework with the given id and edition. */
	private Optional<Framework> framework(String id, String edition) {
		// NOTE: Only the national framework is known so far. Fragments contributed through the
		// org.sipqm.framework.contributions extension point are to be merged in at this point.
		Framework framework = national();
		if (id.equals(framework.getId()) && edition.equals(framework.getEdition())) {
			return Optional.of(framework);
		}
		return Optional.empty();
	}

	private static Optional<Schedule> schedule(Framework framework, int number) {
		return framework.getSchedules().stream().filter(schedule -> schedule.getNumber() == number).findFirst();
	}

	/**
	 * Builds the URI of a criterion from its code and from the schedule and framework that contain it.
	 *
	 * @throws IllegalArgumentException when the criterion is not inside a section of a framework's schedule
	 */
	public static CriterionUri criterionUri(Criterion criterion) {
		EObject container = criterion.eContainer();
		while (container instanceof Section) {
			container = container.eContainer();
		}

		if (container instanceof Schedule schedule && schedule.eContainer() instanceof Framework framework) {
			return new CriterionUri(framework.getId(), framework.getEdition(), schedule.getNumber(), criterion.getCode());
		}
		throw new IllegalArgumentException("Criterion '" + criterion.getCode()
				+ "' has no URI because it is not inside a section of a framework's schedule.");
	}

	/**
	 * Returns the criteria of a schedule in document order, which lists each section's own criteria and then
	 * those of its subsections, depth first.
	 */
	public static List<Criterion> allCriteria(Schedule schedule) {
		List<Criterion> criteria = new ArrayList<>();
		for (Section section : schedule.getSections()) {
			addCriteria(section, criteria);
		}
		return Collections.unmodifiableList(criteria);
	}

	private static void addCriteria(Section section, List<Criterion> criteria) {
		criteria.addAll(section.getCriteria());
		for (Section subsection : section.getSubsections()) {
			addCriteria(subsection, criteria);
		}
	}

	/** Returns the section or subsection of the schedule with the given code, such as "2.3a". */
	public static Optional<Section> section(Schedule schedule, String code) {
		return findSection(schedule.getSections(), code);
	}

	private static Optional<Section> findSection(List<Section> sections, String code) {
		for (Section section : sections) {
			if (code.equals(section.getCode())) {
				return Optional.of(section);
			}
			Optional<Section> subsection = findSection(section.getSubsections(), code);
			if (subsection.isPresent()) {
				return subsection;
			}
		}
		return Optional.empty();
	}
}
