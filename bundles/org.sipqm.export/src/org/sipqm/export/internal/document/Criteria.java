package org.sipqm.export.internal.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Parts.SectionGroup;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** Looks criteria up in the framework and groups entries by the framework's sections, in document order. */
public final class Criteria {

	private Criteria() {
	}

	/** Returns the criterion that the URI names, or nothing when the URI is invalid or unknown. */
	public static Optional<Criterion> find(String criterionUri) {
		try {
			return FrameworkRegistry.getDefault().find(CriterionUri.parse(criterionUri));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Returns the code of the criterion that the URI names, or the URI itself when it is invalid. */
	public static String code(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).code();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}

	/** Returns the schedule's sections and subsections, depth first, in document order. */
	public static List<Section> sections(Schedule schedule) {
		List<Section> result = new ArrayList<>();
		schedule.getSections().forEach(section -> addWithSubsections(section, result));
		return result;
	}

	/**
	 * Groups items by the section of their criterion, in the framework's order of sections and
	 * criteria. Items whose criterion the framework does not know come last, under "Other criteria".
	 *
	 * @param anchorPrefix the start of each group's anchor, to which the section code is added
	 */
	public static <T, E> List<SectionGroup<E>> group(List<T> items, Function<T, String> criterionUri,
			Function<T, E> entry, String anchorPrefix) {
		Map<Section, List<T>> bySection = new LinkedHashMap<>();
		Map<T, Integer> order = new LinkedHashMap<>();
		List<T> unknown = new ArrayList<>();
		for (T item : items) {
			Optional<Criterion> criterion = find(criterionUri.apply(item));
			if (criterion.isPresent() && criterion.get().eContainer() instanceof Section section) {
				bySection.computeIfAbsent(section, key -> new ArrayList<>()).add(item);
				order.put(item, section.getCriteria().indexOf(criterion.get()));
			} else {
				unknown.add(item);
			}
		}

		List<SectionGroup<E>> groups = new ArrayList<>();
		for (Section section : sectionsInFrameworkOrder(bySection)) {
			List<T> sectionItems = bySection.get(section);
			sectionItems.sort((left, right) -> Integer.compare(order.get(left), order.get(right)));
			groups.add(new SectionGroup<>(anchorPrefix + anchor(section.getCode()), section.getCode(),
					Texts.clean(section.getTitle() == null ? "" : section.getTitle()),
					sectionItems.stream().map(entry).toList()));
		}
		if (!unknown.isEmpty()) {
			groups.add(new SectionGroup<>(anchorPrefix + "other", "", Messages.Document_otherCriteria,
					unknown.stream().map(entry).toList()));
		}
		return groups;
	}

	/** Returns the sections in the order of their schedule's document, schedule by schedule. */
	private static List<Section> sectionsInFrameworkOrder(Map<Section, ?> bySection) {
		List<Section> ordered = new ArrayList<>();
		List<Schedule> schedules = new ArrayList<>();
		for (Section section : bySection.keySet()) {
			Schedule schedule = scheduleOf(section);
			if (schedule != null && !schedules.contains(schedule)) {
				schedules.add(schedule);
			}
		}
		schedules.sort((left, right) -> Integer.compare(left.getNumber(), right.getNumber()));
		for (Schedule schedule : schedules) {
			sections(schedule).stream().filter(bySection::containsKey).forEach(ordered::add);
		}
		return ordered;
	}

	private static Schedule scheduleOf(Section section) {
		Object container = section.eContainer();
		while (container instanceof Section parent) {
			container = parent.eContainer();
		}
		return container instanceof Schedule schedule ? schedule : null;
	}

	private static void addWithSubsections(Section section, List<Section> result) {
		result.add(section);
		section.getSubsections().forEach(subsection -> addWithSubsections(subsection, result));
	}

	/** Returns the code as a string fit for an XML id, such as {@code 2.3a} as {@code 2-3a}. */
	public static String anchor(String code) {
		return code == null ? "none" : code.replaceAll("[^A-Za-z0-9_-]", "-");
	}
}
