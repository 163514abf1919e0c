package org.sipqm.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.framework.internal.ContributionMerger;
import org.sipqm.framework.internal.ContributionReader;
import org.sipqm.framework.internal.FrameworkLoader;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Provides the national School Improvement Partners quality management framework, with the regional
 * contributions merged into it, and looks up its schedules, sections and criteria. The framework is
 * loaded from this bundle on first use and cached. All callers share the loaded model, so they must
 * treat it as read-only.
 * <p>
 * Contributions come from the {@code org.sipqm.framework.contributions} extension point for the
 * {@linkplain #getDefault() shared registry}, and from the constructor's argument otherwise. They
 * only add schedules, sections, criteria and descriptors: every national element keeps its content
 * and the origin "national", and every added element has the contributing plug-in's symbolic name
 * as its origin. A contribution that clashes with the framework is rejected whole, logged, and
 * reported by {@link #diagnostics()}.
 */
public final class FrameworkRegistry {

	private static final FrameworkRegistry DEFAULT = new FrameworkRegistry(ContributionReader::readExtensionRegistry);

	private final Supplier<List<FrameworkContribution>> contributions;

	private Framework national;
	private List<ContributionDiagnostic> diagnostics = List.of();

	/**
	 * Creates a registry of the national framework without contributions, which loads its own copy of
	 * the framework.
	 */
	public FrameworkRegistry() {
		this(List.of());
	}

	/**
	 * Creates a registry that merges the given contributions into its own copy of the national
	 * framework, in the order of {@link #getDefault()}: by the contributing plug-in's symbolic name,
	 * and in list order within one plug-in. This is how code outside OSGi, such as a plain Java test,
	 * contributes fragments without the extension registry.
	 */
	public FrameworkRegistry(List<FrameworkContribution> contributions) {
		this(() -> List.copyOf(contributions));
	}

	private FrameworkRegistry(Supplier<List<FrameworkContribution>> contributions) {
		this.contributions = contributions;
	}

	/**
	 * Returns the registry that the whole workbench shares. Its contributions are those of the
	 * {@code org.sipqm.framework.contributions} extension point, read on first use. Outside OSGi it
	 * has none.
	 */
	public static FrameworkRegistry getDefault() {
		return DEFAULT;
	}

	/**
	 * Returns the national framework, edition 1, with the contributions merged into it, loading and
	 * merging on the first call.
	 *
	 * @throws FrameworkLoadException when the bundled national resource is missing or invalid. A
	 *                                contribution that clashes or cannot be read is rejected instead.
	 */
	public synchronized Framework national() {
		if (national == null) {
			Framework framework = FrameworkLoader.load(FrameworkLoader.nationalFrameworkUri());
			diagnostics = new ContributionMerger(List.of(framework)).mergeAll(contributions.get());
			log(diagnostics);
			national = framework;
		}
		return national;
	}

	/**
	 * Returns why contributions were rejected, one diagnostic per fault, in merge order. It is empty
	 * when every contribution merged. Calling it loads the framework.
	 */
	public synchronized List<ContributionDiagnostic> diagnostics() {
		national();
		return diagnostics;
	}

	/** Logs each diagnostic as a warning of this bundle. Outside OSGi only {@link #diagnostics()} reports them. */
	private static void log(List<ContributionDiagnostic> diagnostics) {
		if (diagnostics.isEmpty() || !Platform.isRunning()) {
			return;
		}
		ILog log = ILog.of(FrameworkRegistry.class);
		diagnostics.forEach(diagnostic -> log.warn(diagnostic.toString()));
	}

	/**
	 * Returns the schedule with the given number: 1 to 4 are national in edition 1, and contributions may
	 * add local schedules with other numbers.
	 */
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

	/** Returns the framework with the given id and edition, with its contributions merged. */
	private Optional<Framework> framework(String id, String edition) {
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
