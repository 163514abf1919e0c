package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.core.evidence.EvidenceColumn;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceFilter;
import org.sipqm.core.evidence.EvidenceIndex;
import org.sipqm.core.evidence.EvidenceQuery;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

class EvidenceIndexTest {

	@TempDir
	static Path shared;

	private static Workspace sample;
	private static EvidenceIndex sampleIndex;

	@TempDir
	Path folder;

	@BeforeAll
	static void indexSample() throws IOException {
		sample = new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generateWorkspace(shared.resolve("sample"));
		sampleIndex = EvidenceIndex.build(sample);
	}

	@Test
	void indexesEveryEvidenceItem() {
		long items = sample.evaluations().stream().mapToLong(evaluation -> evaluation.getEvidence().size()).sum();

		assertEquals(items, sampleIndex.size());
		assertEquals(items, sampleIndex.query(EvidenceFilter.ALL, null, true).count());
	}

	@Test
	void entryHasFactsOfItsEvaluation() throws IOException {
		EvidenceIndex index = EvidenceIndex.build(TestWorkspaces.valid(folder));

		EvidenceEntry entry = only(index.query(EvidenceFilter.ALL.withSchedule(2), null, true));

		assertEquals("hd-999-2007-08-spring-01-e001", entry.id());
		assertEquals("SIP report, February 2008", entry.title());
		assertEquals(EvidenceKind.SIP_REPORT, entry.kind());
		assertEquals(LocalDate.of(2008, 2, 7), entry.date());
		assertEquals("Testshire", entry.localAuthority());
		assertEquals("Testwick High School", entry.school());
		assertEquals(Term.SPRING, entry.term());
		assertEquals("2007/08", entry.academicYear());
		assertEquals(List.of("2.1.1", "2.1.2"), entry.criteria());
		assertEquals(1, entry.judgements().size());
		assertEquals(ImpactEvidence.EMERGING, entry.impact());
		assertTrue(entry.restricted());
	}

	static Stream<Arguments> columnFilters() {
		return Stream.of(
				filter("local authority", filter -> filter.withLocalAuthority("la-999"), 4),
				filter("other local authority", filter -> filter.withLocalAuthority("la-000"), 0),
				filter("school", filter -> filter.withSchool("school-999901"), 2),
				filter("academic year", filter -> filter.withAcademicYear("2007/08"), 4),
				filter("term", filter -> filter.withTerm(Term.SPRING), 4),
				filter("other term", filter -> filter.withTerm(Term.AUTUMN), 0),
				filter("schedule", filter -> filter.withSchedule(4), 1),
				filter("criterion", filter -> filter.withCriterion("1.1.3"), 2),
				filter("kind", filter -> filter.withKind(EvidenceKind.SIP_REPORT), 4),
				filter("other kind", filter -> filter.withKind(EvidenceKind.DATA), 0),
				filter("impact", filter -> filter.withImpact(ImpactEvidence.EMERGING), 4),
				filter("restricted", filter -> filter.withRestricted(true), 4),
				filter("not restricted", filter -> filter.withRestricted(false), 0),
				filter("school and schedule", filter -> filter.withSchool("school-999901").withSchedule(3), 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("columnFilters")
	void columnFilterCounts(String name, UnaryOperator<EvidenceFilter> filter, int expected) throws IOException {
		EvidenceIndex index = EvidenceIndex.build(TestWorkspaces.valid(folder));

		EvidenceQuery query = index.query(filter.apply(EvidenceFilter.ALL), null, true);

		assertEquals(expected, query.count());
		assertEquals(4, query.total());
	}

	@Test
	void textMatchesEveryWordIgnoringCase() {
		EvidenceQuery query = sampleIndex.query(EvidenceFilter.ALL.withText("  SIP   Governors "), null, true);

		assertFalse(query.entries().isEmpty());
		for (EvidenceEntry entry : query.entries()) {
			String text = (entry.title() + " " + entry.item().getSource() + " " + entry.item().getDescription() + " "
					+ entry.localAuthority() + " " + entry.school() + " " + entry.id()).toLowerCase();
			assertTrue(text.contains("sip"), entry.id());
			assertTrue(text.contains("governors"), entry.id());
		}
	}

	@Test
	void typingGivesSameResultsAsFreshQueries() {
		String word = "governors";
		for (int length = 1; length <= word.length(); length++) {
			EvidenceFilter filter = EvidenceFilter.ALL.withText(word.substring(0, length));

			List<EvidenceEntry> typed = sampleIndex.query(filter, EvidenceColumn.DATE, true).entries();
			List<EvidenceEntry> fresh = EvidenceIndex.build(sample).query(filter, EvidenceColumn.DATE, true).entries();

			assertEquals(fresh, typed, "after typing '" + word.substring(0, length) + "'");
		}
	}

	@Test
	void deletingLettersWidensResults() {
		int narrow = sampleIndex.query(EvidenceFilter.ALL.withText("governors"), null, true).count();
		int wide = sampleIndex.query(EvidenceFilter.ALL.withText("gov"), null, true).count();
		int fresh = EvidenceIndex.build(sample).query(EvidenceFilter.ALL.withText("gov"), null, true).count();

		assertTrue(wide >= narrow, wide + " < " + narrow);
		assertEquals(fresh, wide);
	}

	@Test
	void changingColumnFilterRescansAll() {
		sampleIndex.query(EvidenceFilter.ALL.withText("sip").withTerm(Term.AUTUMN), null, true);
		int spring = sampleIndex.query(EvidenceFilter.ALL.withText("sip").withTerm(Term.SPRING), null, true).count();

		assertEquals(EvidenceIndex.build(sample).query(EvidenceFilter.ALL.withText("sip").withTerm(Term.SPRING), null, true)
				.count(), spring);
		assertTrue(spring > 0);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(EvidenceColumn.class)
	void sortsByColumn(EvidenceColumn column) {
		List<EvidenceEntry> ascending = sampleIndex.query(EvidenceFilter.ALL, column, true).entries();
		List<EvidenceEntry> descending = sampleIndex.query(EvidenceFilter.ALL, column, false).entries();

		for (int i = 1; i < ascending.size(); i++) {
			assertTrue(column.order().compare(ascending.get(i - 1), ascending.get(i)) < 0,
					"out of order at " + i + ": " + ascending.get(i - 1).id() + ", " + ascending.get(i).id());
		}
		List<EvidenceEntry> reversed = new ArrayList<>(descending);
		java.util.Collections.reverse(reversed);
		assertEquals(ascending, reversed);
	}

	@Test
	void countsByKindAddUp() {
		EvidenceQuery query = sampleIndex.query(EvidenceFilter.ALL, null, true);

		Map<EvidenceKind, Integer> byKind = query.countBy(EvidenceEntry::kind);

		assertEquals(query.count(), byKind.values().stream().mapToInt(Integer::intValue).sum());
		assertTrue(query.restrictedCount() > 0);
	}

	@Test
	void updateAddsNewItem() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		EvidenceIndex index = EvidenceIndex.build(workspace);
		index.query(EvidenceFilter.ALL.withText("minutes"), null, true);
		EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
		item.setId("tr-999-2007-08-spring-e002");
		item.setTitle("Minutes of the SIP steering group");
		TestWorkspaces.evaluation(workspace, "tr-").getEvidence().add(item);

		index.update(TestWorkspaces.evaluation(workspace, "tr-"));

		assertEquals(5, index.size());
		assertEquals(item, only(index.query(EvidenceFilter.ALL.withText("minutes"), null, true)).item());
		assertEquals(item, index.entryOf(item).item());
	}

	private static Arguments filter(String name, UnaryOperator<EvidenceFilter> filter, int expected) {
		return Arguments.of(name, filter, expected);
	}

	private static EvidenceEntry only(EvidenceQuery query) {
		assertEquals(1, query.count(), () -> query.entries().toString());
		return query.entries().get(0);
	}
}
