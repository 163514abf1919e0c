package org.sipqm.compare;

/**
 * A proposed mapping from a local criterion to a national criterion whose statement is worded alike.
 * It is only a proposal: nothing changes in a crosswalk until {@link CrosswalkEditing#accept} is called.
 *
 * @param similarity cosine similarity of the two statements' TF-IDF vectors, from 0 to 1
 */
public record Suggestion(String localCriterion, String nationalCriterion, double similarity) {
}
