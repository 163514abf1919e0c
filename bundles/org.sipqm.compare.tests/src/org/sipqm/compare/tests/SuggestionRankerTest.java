package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sipqm.compare.tests.SmallFrameworks.LOCAL;
import static org.sipqm.compare.tests.SmallFrameworks.NATIONAL;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.SuggestionRanker;
import org.sipqm.model.crosswalk.Crosswalk;

class SuggestionRankerTest {

	private SuggestionRanker ranker;
	private Crosswalk crosswalk;

	@BeforeEach
	void createRanker() {
		CriterionIndex local = new CriterionIndex(SmallFrameworks.local());
		CriterionIndex national = new CriterionIndex(SmallFrameworks.national());
		ranker = new SuggestionRanker(local, national, schedule -> schedule == 4);
		crosswalk = CrosswalkEditing.create(local, national);
	}

	@Test
	void bestSuggestionIsSameWording() {
		List<Suggestion> suggestions = ranker.suggest(crosswalk, 1, SuggestionRanker.DEFAULT_MINIMUM_SIMILARITY);

		assertEquals(NATIONAL + "1.1.1", best(suggestions, LOCAL + "A.1").nationalCriterion());
		assertEquals(NATIONAL + "1.1.2", best(suggestions, LOCAL + "A.2").nationalCriterion());
		assertEquals(NATIONAL + "1.1.3", best(suggestions, LOCAL + "A.3").nationalCriterion());
	}

	@Test
	void unrelatedCriterionGetsNone() {
		List<Suggestion> suggestions = ranker.suggest(crosswalk, 3, 0.3);

		assertTrue(suggestions.stream().noneMatch(s -> s.localCriterion().equals(LOCAL + "A.4")), suggestions::toString);
	}

	@Test
	void rankedBestFirstWithinLimit() {
		List<Suggestion> suggestions = ranker.suggest(crosswalk, 2, 0.0);
		List<Suggestion> forA1 = suggestions.stream().filter(s -> s.localCriterion().equals(LOCAL + "A.1")).toList();

		assertEquals(2, forA1.size());
		assertTrue(forA1.get(0).similarity() >= forA1.get(1).similarity());
		assertTrue(forA1.get(0).similarity() <= 1.0);
	}

	@Test
	void mappedCriterionGetsNone() {
		CrosswalkEditing.mapNoCounterpart(crosswalk, LOCAL + "A.1", "", "J. Smith", null);

		List<Suggestion> suggestions = ranker.suggest(crosswalk, 3, 0.0);

		assertTrue(suggestions.stream().noneMatch(s -> s.localCriterion().equals(LOCAL + "A.1")));
	}

	@Test
	void suggestingLeavesCrosswalkUnchanged() {
		Crosswalk before = EcoreUtil.copy(crosswalk);

		ranker.suggest(crosswalk, 3, 0.0);

		assertTrue(EcoreUtil.equals(before, crosswalk));
		assertEquals(0, crosswalk.getMappings().size());
	}

	@Test
	void rejectedPairNotSuggestedAgain() {
		Suggestion first = best(ranker.suggest(crosswalk, 1, SuggestionRanker.DEFAULT_MINIMUM_SIMILARITY), LOCAL + "A.1");
		CrosswalkEditing.reject(crosswalk, first, "J. Smith", LocalDate.of(2008, 3, 1));

		List<Suggestion> suggestions = ranker.suggest(crosswalk, 3, 0.0);

		assertTrue(suggestions.stream().noneMatch(s -> s.localCriterion().equals(first.localCriterion())
				&& s.nationalCriterion().equals(first.nationalCriterion())), suggestions::toString);
		assertTrue(suggestions.stream().anyMatch(s -> s.localCriterion().equals(LOCAL + "A.1")),
				"other national criteria are still suggested for A.1");
		assertEquals(3, suggestions.stream().filter(s -> s.localCriterion().equals(LOCAL + "A.1")).count(),
				"the next best pair takes the rejected pair's place");
	}

	@Test
	void rejectingTwiceKeepsOneRejection() {
		Suggestion suggestion = new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8);

		CrosswalkEditing.reject(crosswalk, suggestion, "J. Smith", LocalDate.of(2008, 3, 1));
		CrosswalkEditing.reject(crosswalk, suggestion, "A. Jones", LocalDate.of(2008, 4, 1));

		assertEquals(1, crosswalk.getRejections().size());
		assertEquals("J. Smith", crosswalk.getRejections().get(0).getReviewer());
	}

	private static Suggestion best(List<Suggestion> suggestions, String localCriterion) {
		return suggestions.stream().filter(s -> s.localCriterion().equals(localCriterion)).findFirst().orElseThrow();
	}
}
