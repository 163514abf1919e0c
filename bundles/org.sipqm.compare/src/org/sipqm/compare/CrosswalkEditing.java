package org.sipqm.compare;

import java.time.LocalDate;
import java.util.Objects;

import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.CrosswalkFactory;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Rejection;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

/** Creates crosswalks and records a reviewer's decisions in them. */
public final class CrosswalkEditing {

	private CrosswalkEditing() {
	}

	/** Creates an empty crosswalk from the local edition to the national edition. */
	public static Crosswalk create(CriterionIndex local, CriterionIndex national) {
		Crosswalk crosswalk = CrosswalkFactory.eINSTANCE.createCrosswalk();
		crosswalk.setName(local.framework().getName());
		crosswalk.setSourceEdition(local.editionKey());
		crosswalk.setTargetEdition(national.editionKey());
		return crosswalk;
	}

	/**
	 * Adds the mapping that a reviewer accepted from a suggestion, with the relationship and strength
	 * they chose. The similarity score is not kept because it is not a reviewer's judgement.
	 *
	 * @throws IllegalArgumentException when the relationship is {@link Relationship#NO_COUNTERPART},
	 *                                  because a suggestion always names a national criterion
	 */
	public static Mapping accept(Crosswalk crosswalk, Suggestion suggestion, Relationship relationship,
			Strength strength, String rationale, String reviewer, LocalDate reviewedOn) {
		if (relationship == Relationship.NO_COUNTERPART) {
			throw new IllegalArgumentException("A suggestion for " + suggestion.localCriterion()
					+ " names national criterion " + suggestion.nationalCriterion()
					+ ", so it cannot be accepted as having no counterpart; use mapNoCounterpart instead.");
		}
		Mapping mapping = mapping(suggestion.localCriterion(), relationship, rationale, reviewer, reviewedOn);
		mapping.setNationalCriterion(suggestion.nationalCriterion());
		mapping.setStrength(Objects.requireNonNull(strength, "strength"));
		crosswalk.getMappings().add(mapping);
		return mapping;
	}

	/** Records that a local criterion has no counterpart in the national framework. */
	public static Mapping mapNoCounterpart(Crosswalk crosswalk, String localCriterion, String rationale,
			String reviewer, LocalDate reviewedOn) {
		Mapping mapping = mapping(localCriterion, Relationship.NO_COUNTERPART, rationale, reviewer, reviewedOn);
		crosswalk.getMappings().add(mapping);
		return mapping;
	}

	/**
	 * Records that a reviewer rejected a suggestion, so that {@link SuggestionRanker} does not offer the
	 * pair again. Rejecting a pair that is already rejected returns the earlier rejection unchanged.
	 */
	public static Rejection reject(Crosswalk crosswalk, Suggestion suggestion, String reviewer, LocalDate rejectedOn) {
		for (Rejection rejection : crosswalk.getRejections()) {
			if (suggestion.localCriterion().equals(rejection.getLocalCriterion())
					&& suggestion.nationalCriterion().equals(rejection.getNationalCriterion())) {
				return rejection;
			}
		}
		Rejection rejection = CrosswalkFactory.eINSTANCE.createRejection();
		rejection.setLocalCriterion(suggestion.localCriterion());
		rejection.setNationalCriterion(suggestion.nationalCriterion());
		rejection.setReviewer(reviewer);
		rejection.setRejectedOn(rejectedOn);
		crosswalk.getRejections().add(rejection);
		return rejection;
	}

	private static Mapping mapping(String localCriterion, Relationship relationship, String rationale,
			String reviewer, LocalDate reviewedOn) {
		Mapping mapping = CrosswalkFactory.eINSTANCE.createMapping();
		mapping.setLocalCriterion(Objects.requireNonNull(localCriterion, "localCriterion"));
		mapping.setRelationship(relationship);
		mapping.setRationale(rationale);
		mapping.setReviewer(reviewer);
		mapping.setReviewedOn(reviewedOn);
		return mapping;
	}
}
