package org.sipqm.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sipqm.compare.CarriedJudgement.ReviewReason;
import org.sipqm.compare.CarriedJudgement.Source;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;

/**
 * Carries the judgements of an evaluation against a local framework across a crosswalk to the
 * national criteria. The evaluation and the crosswalk are only read.
 */
public final class JudgementCarrier {

	private JudgementCarrier() {
	}

	/**
	 * Returns one carried judgement per national criterion that a graded local judgement maps to, in
	 * the order the national criteria are first reached. Judgements marked not evaluated or not
	 * judged, and mappings to no counterpart, carry nothing.
	 */
	public static List<CarriedJudgement> carry(Evaluation localEvaluation, Crosswalk crosswalk) {
		Map<String, List<Source>> sourcesByNational = new LinkedHashMap<>();
		for (Judgement judgement : localEvaluation.getJudgements()) {
			if (judgement.isNotEvaluated() || judgement.getGrade() == null || judgement.getGrade() == Grade.NOT_JUDGED) {
				continue;
			}
			for (Mapping mapping : crosswalk.getMappings()) {
				if (judgement.getCriterion().equals(mapping.getLocalCriterion())
						&& mapping.getRelationship() != Relationship.NO_COUNTERPART
						&& mapping.getNationalCriterion() != null) {
					sourcesByNational.computeIfAbsent(mapping.getNationalCriterion(), uri -> new ArrayList<>())
							.add(new Source(judgement.getCriterion(), judgement.getGrade(), judgement.getRationale(),
									mapping.getRelationship(), mapping.getStrength()));
				}
			}
		}

		List<CarriedJudgement> carried = new ArrayList<>();
		sourcesByNational.forEach((uri, sources) -> carried
				.add(new CarriedJudgement(uri, List.copyOf(sources), reasons(sources))));
		return List.copyOf(carried);
	}

	private static Set<ReviewReason> reasons(List<Source> sources) {
		Set<ReviewReason> reasons = EnumSet.of(ReviewReason.CARRIED_ACROSS);
		if (sources.stream().anyMatch(source -> source.relationship() != Relationship.EQUIVALENT)) {
			reasons.add(ReviewReason.NOT_EQUIVALENT);
		}
		if (sources.stream().anyMatch(source -> source.strength() != Strength.STRONG)) {
			reasons.add(ReviewReason.NOT_STRONG);
		}
		if (sources.stream().map(Source::grade).distinct().count() > 1) {
			reasons.add(ReviewReason.CONFLICTING_GRADES);
		}
		return Set.copyOf(reasons);
	}
}
