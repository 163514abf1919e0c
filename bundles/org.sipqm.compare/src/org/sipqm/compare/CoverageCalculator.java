package org.sipqm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Section;

/**
 * Computes a {@link CoverageReport}. A national criterion is covered when at least one mapping with a
 * relationship other than {@link Relationship#NO_COUNTERPART} links it to a criterion of the local
 * framework; strength does not matter.
 */
public final class CoverageCalculator {

	private CoverageCalculator() {
	}

	/** Computes the coverage of every national schedule. */
	public static CoverageReport compute(Crosswalk crosswalk, CriterionIndex local, CriterionIndex national) {
		return compute(crosswalk, local, national, schedule -> true);
	}

	/**
	 * Computes the coverage of the national schedules that {@code nationalSchedules} accepts, so that a
	 * local framework of LA practice is not reported as missing the other schedules' questions.
	 */
	public static CoverageReport compute(Crosswalk crosswalk, CriterionIndex local, CriterionIndex national,
			IntPredicate nationalSchedules) {
		Set<String> coveredNational = new HashSet<>();
		Set<String> mentionedLocal = new HashSet<>();
		Set<String> beyondLocal = new HashSet<>();
		List<Mapping> invalid = new ArrayList<>();

		for (Mapping mapping : crosswalk.getMappings()) {
			if (!isValid(mapping, local, national)) {
				invalid.add(mapping);
				continue;
			}
			mentionedLocal.add(mapping.getLocalCriterion());
			if (mapping.getRelationship() == Relationship.NO_COUNTERPART) {
				beyondLocal.add(mapping.getLocalCriterion());
			} else {
				coveredNational.add(mapping.getNationalCriterion());
			}
		}
		// A local criterion that also covers something is not beyond the national framework.
		for (Mapping mapping : crosswalk.getMappings()) {
			if (mapping.getRelationship() != Relationship.NO_COUNTERPART && !invalid.contains(mapping)) {
				beyondLocal.remove(mapping.getLocalCriterion());
			}
		}

		List<Criterion> considered = national.uris().stream()
				.map(uri -> national.find(uri).orElseThrow())
				.filter(criterion -> nationalSchedules.test(CriterionIndex.scheduleOf(criterion)))
				.toList();
		List<Criterion> uncovered = considered.stream()
				.filter(criterion -> !coveredNational.contains(CriterionIndex.uriOf(criterion)))
				.sorted(Comparator.comparing((Criterion criterion) -> !criterion.isCritical()))
				.toList();
		List<Criterion> localCriteria = local.uris().stream().map(uri -> local.find(uri).orElseThrow()).toList();

		return new CoverageReport(uncovered,
				localCriteria.stream().filter(criterion -> beyondLocal.contains(CriterionIndex.uriOf(criterion))).toList(),
				localCriteria.stream().filter(criterion -> !mentionedLocal.contains(CriterionIndex.uriOf(criterion))).toList(),
				sections(considered, coveredNational), List.copyOf(invalid),
				considered.size() - uncovered.size(), considered.size());
	}

	private static boolean isValid(Mapping mapping, CriterionIndex local, CriterionIndex national) {
		if (!local.contains(mapping.getLocalCriterion())) {
			return false;
		}
		return mapping.getRelationship() == Relationship.NO_COUNTERPART
				|| national.contains(mapping.getNationalCriterion());
	}

	private static List<SectionCoverage> sections(List<Criterion> considered, Set<String> coveredNational) {
		Map<Section, int[]> counts = new LinkedHashMap<>();
		for (Criterion criterion : considered) {
			int[] count = counts.computeIfAbsent(CriterionIndex.sectionOf(criterion), section -> new int[3]);
			count[0] = CriterionIndex.scheduleOf(criterion);
			count[2]++;
			if (coveredNational.contains(CriterionIndex.uriOf(criterion))) {
				count[1]++;
			}
		}

		List<SectionCoverage> sections = new ArrayList<>();
		counts.forEach((section, count) -> sections
				.add(new SectionCoverage(count[0], section.getCode(), section.getTitle(), count[1], count[2])));
		return List.copyOf(sections);
	}
}
