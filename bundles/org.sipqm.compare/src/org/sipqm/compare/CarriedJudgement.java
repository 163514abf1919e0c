package org.sipqm.compare;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.evaluation.Grade;

/**
 * A local self-evaluation's judgements viewed against one national criterion through a crosswalk. It
 * is a proposal for a person to review: nothing here is written into an evaluation, and every
 * carried judgement has at least the {@link ReviewReason#CARRIED_ACROSS} reason.
 *
 * @param sources the local judgements mapped to this criterion, in the order of the evaluation
 * @param reviewReasons why a person must review the proposal, never empty
 */
public record CarriedJudgement(String nationalCriterion, List<Source> sources, Set<ReviewReason> reviewReasons) {

	/** One local judgement and the mapping it was carried by. */
	public record Source(String localCriterion, Grade grade, String rationale, Relationship relationship,
			Strength strength) {
	}

	/** A reason that a carried judgement needs review. */
	public enum ReviewReason {
		/** Every carried judgement: it was made against a different criterion. */
		CARRIED_ACROSS,
		/** A mapping is not {@link Relationship#EQUIVALENT}. */
		NOT_EQUIVALENT,
		/** A mapping is weaker than {@link Strength#STRONG}. */
		NOT_STRONG,
		/** The local judgements carried to this criterion give different grades. */
		CONFLICTING_GRADES
	}

	/** Returns the grade that all sources give, or an empty result when they differ. */
	public Optional<Grade> proposedGrade() {
		Set<Grade> grades = sources.stream().map(Source::grade).collect(java.util.stream.Collectors.toSet());
		return grades.size() == 1 ? Optional.of(grades.iterator().next()) : Optional.empty();
	}
}
