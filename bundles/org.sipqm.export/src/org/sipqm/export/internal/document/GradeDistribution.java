package org.sipqm.export.internal.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.export.internal.Messages;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * The grades of each criterion of a schedule across local authorities: for every LA, the grade of
 * its latest judgement of the criterion in the selection, by academic year, term and date, so
 * each LA counts once per criterion.
 *
 * @param schedule    the schedule number
 * @param title       the heading, such as "Schedule 1: Local authority processes"
 * @param anchor      the anchor of its part of the document
 * @param authorities how many local authorities have at least one judgement of the schedule
 * @param criteria    one row per criterion judged, in the framework's order
 */
public record GradeDistribution(int schedule, String title, String anchor, int authorities, List<CriterionGrades> criteria) {

	/**
	 * How many local authorities have each grade on one criterion.
	 *
	 * @param counts the number of LAs at grades 1 to 4, at index 0 to 3
	 */
	public record CriterionGrades(String code, String statement, List<Integer> counts) {

		/** Returns the number of local authorities judged on the criterion. */
		public int total() {
			return counts.stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Returns a distribution for each schedule that has judgements in the selection, by schedule number. */
	public static List<GradeDistribution> of(List<RedactedEvaluation> evaluations) {
		Map<Integer, List<Evaluation>> bySchedule = new java.util.TreeMap<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			if (!evaluation.getJudgements().isEmpty()) {
				bySchedule.computeIfAbsent(Rows.schedule(evaluation), key -> new ArrayList<>()).add(evaluation);
			}
		}
		List<GradeDistribution> result = new ArrayList<>();
		bySchedule.forEach((schedule, scheduled) -> result.add(of(schedule, scheduled)));
		return result;
	}

	private static GradeDistribution of(int schedule, List<Evaluation> evaluations) {
		List<Evaluation> ordered = new ArrayList<>(evaluations);
		ordered.sort(Comparator.comparing((Evaluation evaluation) -> String.valueOf(evaluation.getAcademicYear()))
				.thenComparing(evaluation -> evaluation.getTerm() == null ? 0 : evaluation.getTerm().getValue())
				.thenComparing(evaluation -> evaluation.getDate() == null ? java.time.LocalDate.MIN : evaluation.getDate()));

		Map<String, Map<LocalAuthority, Grade>> latest = new HashMap<>();
		java.util.Set<LocalAuthority> authorities = new java.util.HashSet<>();
		for (Evaluation evaluation : ordered) {
			LocalAuthority authority = evaluation.getLocalAuthority();
			authorities.add(authority);
			for (Judgement judgement : evaluation.getJudgements()) {
				Grade grade = judgement.getGrade();
				if (!judgement.isNotEvaluated() && grade != null && grade != Grade.NOT_JUDGED) {
					latest.computeIfAbsent(Criteria.code(judgement.getCriterion()), key -> new HashMap<>())
							.put(authority, grade);
				}
			}
		}

		List<CriterionGrades> rows = new ArrayList<>();
		for (Map.Entry<String, String> criterion : criteriaInOrder(schedule, latest.keySet()).entrySet()) {
			List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0));
			for (Grade grade : latest.get(criterion.getKey()).values()) {
				counts.set(grade.getValue() - 1, counts.get(grade.getValue() - 1) + 1);
			}
			rows.add(new CriterionGrades(criterion.getKey(), criterion.getValue(), List.copyOf(counts)));
		}
		return new GradeDistribution(schedule, title(schedule), "grades-schedule-" + schedule, authorities.size(), rows);
	}

	/** Returns the judged criterion codes with their statements, in the framework's order, unknown codes last. */
	private static Map<String, String> criteriaInOrder(int schedule, java.util.Set<String> judged) {
		Map<String, String> ordered = new LinkedHashMap<>();
		Optional<Schedule> found = FrameworkRegistry.getDefault().schedule(schedule);
		if (found.isPresent()) {
			for (Criterion criterion : FrameworkRegistry.allCriteria(found.get())) {
				if (judged.contains(criterion.getCode())) {
					ordered.put(criterion.getCode(), Texts.clean(String.valueOf(criterion.getStatement())));
				}
			}
		}
		judged.stream().filter(code -> !ordered.containsKey(code)).sorted()
				.forEach(code -> ordered.put(code, Messages.Document_otherCriteria));
		return ordered;
	}

	private static String title(int schedule) {
		return FrameworkRegistry.getDefault().schedule(schedule)
				.map(found -> NLS.bind(Messages.Summary_scheduleTitle, schedule, Texts.clean(found.getTitle())))
				.orElse(NLS.bind(Messages.Summary_scheduleTitle, schedule, ""));
	}
}
