package org.sipqm.compare.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * Grades by local authority and criterion for one term of a region: the data of a heat map. Each
 * cell keeps the judgement and its evaluation so that a view can open it.
 *
 * @param localAuthorities the rows: local authorities with a graded judgement in the term, by name
 * @param criteria the columns: criterion URIs judged for any of them, in framework order
 */
public record GradeHeatMap(Period period, List<LocalAuthority> localAuthorities, List<String> criteria,
		Map<LocalAuthority, Map<String, GradedJudgement>> cells) {

	/** Returns the judgement of a cell, or an empty result where the LA has no graded judgement. */
	public Optional<GradedJudgement> cell(LocalAuthority localAuthority, String criterion) {
		return Optional.ofNullable(cells.getOrDefault(localAuthority, Map.of()).get(criterion));
	}

	/** Builds the heat map of the term from the evaluations, whichever LA they concern. */
	public static GradeHeatMap of(List<Evaluation> evaluations, Period period) {
		Map<LocalAuthority, List<Evaluation>> byAuthority = evaluations.stream()
				.filter(evaluation -> evaluation.getLocalAuthority() != null)
				.filter(evaluation -> Objects.equals(period.academicYear(), evaluation.getAcademicYear())
						&& period.term() == evaluation.getTerm())
				.collect(Collectors.groupingBy(Evaluation::getLocalAuthority));

		Map<LocalAuthority, Map<String, GradedJudgement>> cells = new HashMap<>();
		TreeSet<String> criteria = new TreeSet<>(CriterionOrder.INSTANCE);
		byAuthority.forEach((authority, list) -> {
			Map<String, GradedJudgement> latest = Judgements.latestByCriterion(list);
			if (!latest.isEmpty()) {
				cells.put(authority, latest);
				criteria.addAll(latest.keySet());
			}
		});

		List<LocalAuthority> rows = new ArrayList<>(cells.keySet());
		rows.sort(Comparator.comparing(LocalAuthority::getName, Comparator.nullsLast(Comparator.naturalOrder())));
		return new GradeHeatMap(period, List.copyOf(rows), List.copyOf(criteria), Map.copyOf(cells));
	}
}
