package org.sipqm.compare.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * One local authority's judgements per criterion across terms and years, side by side, with each
 * change of grade from the criterion's previous graded term marked.
 *
 * @param periods the terms that have at least one graded judgement, oldest first
 * @param rows one row per criterion judged in any period, in framework order
 */
public record GradeHistory(List<Period> periods, List<Row> rows) {

	/** The change of a grade from the same criterion's grade in its previous graded term. */
	public enum Change {
		/** No earlier graded term. */
		FIRST,
		SAME,
		/** A better grade, closer to outstanding. */
		IMPROVED,
		/** A worse grade, closer to requiring substantial improvement. */
		DECLINED
	}

	/** One cell: the judgement of a term and how it compares with the previous one. */
	public record Cell(GradedJudgement judgement, Change change) {
	}

	/** The cells of one criterion, one per period, empty where that term has no graded judgement. */
	public record Row(String criterion, List<Optional<Cell>> cells) {

		/**
		 * Returns the index of the nearest period before {@code periodIndex} in which this criterion
		 * has a graded judgement, the one that a cell's {@link Change} compares with, or an empty
		 * result when there is none.
		 */
		public OptionalInt previousGraded(int periodIndex) {
			for (int index = Math.min(periodIndex, cells.size()) - 1; index >= 0; index--) {
				if (cells.get(index).isPresent()) {
					return OptionalInt.of(index);
				}
			}
			return OptionalInt.empty();
		}
	}

	/** Builds the history of the evaluations of {@code localAuthority} among {@code evaluations}. */
	public static GradeHistory of(List<Evaluation> evaluations, LocalAuthority localAuthority) {
		Map<Period, List<Evaluation>> byPeriod = evaluations.stream()
				.filter(evaluation -> evaluation.getLocalAuthority() == localAuthority)
				.collect(Collectors.groupingBy(evaluation -> new Period(evaluation.getAcademicYear(), evaluation.getTerm()),
						TreeMap::new, Collectors.toList()));

		Map<Period, Map<String, GradedJudgement>> judged = new TreeMap<>();
		byPeriod.forEach((period, list) -> {
			Map<String, GradedJudgement> latest = Judgements.latestByCriterion(list);
			if (!latest.isEmpty()) {
				judged.put(period, latest);
			}
		});
		List<Period> periods = List.copyOf(judged.keySet());
		TreeSet<String> criteria = new TreeSet<>(CriterionOrder.INSTANCE);
		judged.values().forEach(latest -> criteria.addAll(latest.keySet()));

		List<Row> rows = new ArrayList<>();
		for (String criterion : criteria) {
			rows.add(row(criterion, periods, judged));
		}
		return new GradeHistory(periods, List.copyOf(rows));
	}

	private static Row row(String criterion, List<Period> periods, Map<Period, Map<String, GradedJudgement>> judged) {
		List<Optional<Cell>> cells = new ArrayList<>();
		GradedJudgement previous = null;
		for (Period period : periods) {
			GradedJudgement current = judged.get(period).get(criterion);
			if (current == null) {
				cells.add(Optional.empty());
				continue;
			}
			cells.add(Optional.of(new Cell(current, change(previous, current))));
			previous = current;
		}
		return new Row(criterion, List.copyOf(cells));
	}

	private static Change change(GradedJudgement previous, GradedJudgement current) {
		if (previous == null) {
			return Change.FIRST;
		}
		// Grade values run from 1, outstanding, to 4, requires substantial improvement.
		int difference = current.grade().getValue() - previous.grade().getValue();
		if (difference == 0) {
			return Change.SAME;
		}
		return difference < 0 ? Change.IMPROVED : Change.DECLINED;
	}
}
