package org.sipqm.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * The criteria of one framework edition in document order, keyed by criterion URI, with the section
 * that directly contains each.
 */
public final class CriterionIndex {

	private final Framework framework;
	private final Map<String, Criterion> criteria = new LinkedHashMap<>();

	public CriterionIndex(Framework framework) {
		this.framework = framework;
		for (Schedule schedule : framework.getSchedules()) {
			for (Criterion criterion : FrameworkRegistry.allCriteria(schedule)) {
				criteria.putIfAbsent(FrameworkRegistry.criterionUri(criterion).toString(), criterion);
			}
		}
	}

	public Framework framework() {
		return framework;
	}

	/** Returns the edition key {@code <framework>/<edition>} that crosswalks record. */
	public String editionKey() {
		return framework.getId() + "/" + framework.getEdition();
	}

	/** Returns the URIs of all criteria, in document order. */
	public List<String> uris() {
		return Collections.unmodifiableList(new ArrayList<>(criteria.keySet()));
	}

	public Optional<Criterion> find(String uri) {
		return Optional.ofNullable(criteria.get(uri));
	}

	public boolean contains(String uri) {
		return criteria.containsKey(uri);
	}

	public static String uriOf(Criterion criterion) {
		return FrameworkRegistry.criterionUri(criterion).toString();
	}

	/** Returns the schedule number of a criterion, from its URI. */
	public static int scheduleOf(Criterion criterion) {
		return FrameworkRegistry.criterionUri(criterion).schedule();
	}

	/** Returns the section that directly contains the criterion. */
	public static Section sectionOf(Criterion criterion) {
		return (Section) criterion.eContainer();
	}
}
