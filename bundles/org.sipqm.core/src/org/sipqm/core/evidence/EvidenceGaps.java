package org.sipqm.core.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sipqm.core.Evaluations;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.store.Workspace;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * Finds where the evidence is too little, per local authority and term: judgements whose linked
 * evidence shows less impact than their grade requires, and criteria that no linked evidence
 * supports at all.
 * <p>
 * A criterion counts for a local authority and term when the schedule it belongs to is recorded
 * by at least one evaluation of that LA in that term. It is supported when a judgement or response
 * on it in those evaluations links at least one evidence item. Prompts, such as the strengths for
 * dissemination, are not criteria that evidence supports, and criteria marked as not evaluated in
 * every judgement on them are left out.
 */
public final class EvidenceGaps {

	private static final Comparator<EvidenceGap> ORDER = Comparator.comparing(EvidenceGap::localAuthority)
			.thenComparing(EvidenceGap::academicYear)
			.thenComparing(gap -> gap.term() == null ? -1 : gap.term().getValue())
			.thenComparingInt(EvidenceGap::schedule)
			.thenComparing(EvidenceGap::criterion, CriterionCodes::compare)
			.thenComparing(EvidenceGap::kind);

	private EvidenceGaps() {
	}

	/** Returns every gap of the workspace, ordered by local authority, year, term, schedule and criterion. */
	public static List<EvidenceGap> find(Workspace workspace, FrameworkLookup frameworks) {
		Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
		for (Evaluation evaluation : workspace.evaluations()) {
			LocalAuthority authority = evaluation.getLocalAuthority();
			if (authority == null || authority.eIsProxy()) {
				continue;
			}
			String key = authority.getId() + "\n" + evaluation.getAcademicYear() + "\n" + evaluation.getTerm();
			groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(evaluation);
		}

		List<EvidenceGap> gaps = new ArrayList<>();
		for (List<Evaluation> group : groups.values()) {
			for (Evaluation evaluation : group) {
				addWeakJudgements(evaluation, frameworks.frameworkOf(evaluation), gaps);
			}
			addUnsupportedCriteria(group, frameworks, gaps);
		}
		gaps.sort(ORDER);
		return gaps;
	}

	private static void addWeakJudgements(Evaluation evaluation, Framework framework, List<EvidenceGap> gaps) {
		for (Judgement judgement : evaluation.getJudgements()) {
			if (judgement.isNotEvaluated()) {
				continue;
			}
			ImpactEvidence required = ImpactRequirements.required(framework, judgement.getGrade());
			ImpactEvidence strongest = ImpactRequirements.strongest(judgement);
			if (!ImpactRequirements.meets(strongest, required)) {
				gaps.add(gap(EvidenceGap.Kind.JUDGEMENT_TOO_WEAK, evaluation, judgement, code(judgement.getCriterion()),
						required, strongest));
			}
		}
	}

	private static void addUnsupportedCriteria(List<Evaluation> group, FrameworkLookup frameworks,
			List<EvidenceGap> gaps) {
		Map<Integer, Evaluation> firstOfSchedule = new LinkedHashMap<>();
		Map<Integer, Map<String, Support>> support = new LinkedHashMap<>();
		for (Evaluation evaluation : group) {
			int schedule = Evaluations.scheduleOf(evaluation);
			firstOfSchedule.putIfAbsent(schedule, evaluation);
			Map<String, Support> bySchedule = support.computeIfAbsent(schedule, key -> new LinkedHashMap<>());
			for (Judgement judgement : evaluation.getJudgements()) {
				bySchedule.computeIfAbsent(code(judgement.getCriterion()), key -> new Support())
						.add(!judgement.getEvidence().isEmpty(), judgement.isNotEvaluated());
			}
			if (evaluation instanceof HeadteacherDiscussion discussion) {
				for (Response response : discussion.getResponses()) {
					bySchedule.computeIfAbsent(code(response.getCriterion()), key -> new Support())
							.add(!response.getEvidence().isEmpty(), false);
				}
			}
		}

		for (Map.Entry<Integer, Evaluation> entry : firstOfSchedule.entrySet()) {
			Evaluation evaluation = entry.getValue();
			Optional<Schedule> schedule = FrameworkLookup.schedule(frameworks.frameworkOf(evaluation), entry.getKey());
			if (schedule.isEmpty()) {
				continue;
			}
			Map<String, Support> bySchedule = support.get(entry.getKey());
			for (Criterion criterion : FrameworkRegistry.allCriteria(schedule.get())) {
				Support found = bySchedule.get(criterion.getCode());
				boolean leftOut = criterion.getKind() == CriterionKind.PROMPT || found != null && found.notEvaluatedOnly();
				if (!leftOut && (found == null || !found.evidenced)) {
					gaps.add(gap(EvidenceGap.Kind.CRITERION_WITHOUT_EVIDENCE, evaluation, null, criterion.getCode(), null,
							null));
				}
			}
		}
	}

	private static EvidenceGap gap(EvidenceGap.Kind kind, Evaluation evaluation, Judgement judgement, String criterion,
			ImpactEvidence required, ImpactEvidence strongest) {
		LocalAuthority authority = evaluation.getLocalAuthority();
		return new EvidenceGap(kind, evaluation, judgement, authority.getId(), text(authority.getName()),
				text(evaluation.getAcademicYear()), evaluation.getTerm(), Evaluations.scheduleOf(evaluation), criterion,
				judgement == null ? null : judgement.getGrade(), required, strongest);
	}

	/** Returns the code of a criterion URI, or the text as it is when it is not a URI. */
	private static String code(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).code();
		} catch (IllegalArgumentException e) {
			return text(criterionUri);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** Whether the judgements and responses on one criterion link evidence, and whether all were not evaluated. */
	private static final class Support {

		private boolean evidenced;
		private int count;
		private int notEvaluated;

		void add(boolean linksEvidence, boolean isNotEvaluated) {
			evidenced |= linksEvidence;
			count++;
			if (isNotEvaluated) {
				notEvaluated++;
			}
		}

		boolean notEvaluatedOnly() {
			return count > 0 && notEvaluated == count;
		}
	}
}
