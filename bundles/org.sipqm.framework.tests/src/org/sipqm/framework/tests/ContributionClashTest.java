package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.framework.ContributionDiagnostic;
import org.sipqm.framework.FrameworkContribution;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;

class ContributionClashTest {

	private static final String CLASH = "org.example.clash";
	private static final String ALPHA = "org.example.alpha";
	private static final String PATH_1_2 = "schedule 4 > section 1.2";

	@TempDir
	Path folder;

	static Stream<Arguments> clashes() {
		return Stream.of(
				Arguments.of("duplicate-code.framework", PATH_1_2 + " > criterion 1.1.3", "duplicate criterion code"),
				Arguments.of("unknown-section.framework", "schedule 4 > section 1.9", "unknown parent section"),
				Arguments.of("unknown-schedule.framework", "schedule 7", "has no schedule 7"),
				Arguments.of("rewording.framework", PATH_1_2 + " > criterion 1.2.1", "rewords the statement"),
				Arguments.of("retitled-section.framework", PATH_1_2, "changes the title"),
				Arguments.of("duplicate-descriptor.framework", PATH_1_2 + " > criterion 1.2.2 > descriptor for column 2",
						"duplicate descriptor"),
				Arguments.of("column-outside-scale.framework", PATH_1_2 + " > criterion 1.2.2 > descriptor for column 5",
						"not a column of the grade scale"),
				Arguments.of("duplicate-schedule.framework", "schedule 3", "duplicate schedule number"),
				Arguments.of("national-protocol.framework", "schedule 3", "sets protocols"),
				Arguments.of("incomplete-criterion.framework", PATH_1_2 + " > criterion 1.2.L4", "needs a statement"),
				Arguments.of("duplicate-local-code.framework", PATH_1_2 + " > criterion 1.2.L1",
						"(origin " + ALPHA + ")"),
				Arguments.of("other-edition.framework", "framework 'sip-qm' edition '2'", "another framework or edition"),
				Arguments.of("malformed.framework", "the fragment", "invalid fragment"),
				Arguments.of("wrong-root.framework", "the fragment", "Schedule"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clashes")
	void clashIsRejected(String fragment, String element, String message) {
		FrameworkRegistry registry = Contributions.registry(Contributions.of(CLASH, fragment),
				Contributions.of(ALPHA, "local-content.framework"));

		List<ContributionDiagnostic> diagnostics = registry.diagnostics();

		assertFalse(diagnostics.isEmpty(), "no diagnostic for " + fragment);
		for (ContributionDiagnostic diagnostic : diagnostics) {
			assertEquals(CLASH, diagnostic.contributor(), diagnostic.toString());
			assertTrue(diagnostic.resource().endsWith(fragment), diagnostic.toString());
			assertTrue(diagnostic.toString().contains(CLASH), diagnostic.toString());
		}
		ContributionDiagnostic match = diagnostics.stream()
				.filter(diagnostic -> diagnostic.element().equals(element))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No diagnostic for '" + element + "' in " + diagnostics));
		assertTrue(match.message().contains(message), "expected '" + message + "' in " + match);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clashes")
	void clashLeavesOthersMerged(String fragment, String element, String message) {
		FrameworkRegistry registry = Contributions.registry(Contributions.of(CLASH, fragment),
				Contributions.of(ALPHA, "local-content.framework"));

		assertEquals(ALPHA, ContributionMergeTest.criterion(registry, 4, "1.2.L1").getOrigin());
		assertEquals(ALPHA, registry.schedule(5).orElseThrow().getOrigin());
		assertNationalUntouched(registry);
	}

	@Test
	void rejectedFragmentAddsNothing() {
		FrameworkRegistry registry = Contributions.registry(Contributions.of(CLASH, "rewording.framework"));

		assertEquals(1, registry.diagnostics().size(), registry.diagnostics().toString());
		assertTrue(registry.find(ContributionMergeTest.uri(4, "1.2.L9")).isEmpty());
		assertEquals(7, ContributionMergeTest.section(registry, 4, "1.2").getCriteria().size());
	}

	@Test
	void declarationWithoutResource() {
		FrameworkRegistry registry = Contributions.registry(new FrameworkContribution(CLASH, "sip-qm", "1", null));

		ContributionDiagnostic diagnostic = registry.diagnostics().get(0);

		assertEquals("the declaration in plugin.xml", diagnostic.element());
		assertTrue(diagnostic.message().contains("resource"), diagnostic.message());
		assertEquals("(no resource)", diagnostic.resource());
	}

	@Test
	void editionNotInstalled() {
		URI fragment = Contributions.uri("local-content.framework");
		FrameworkRegistry registry = Contributions.registry(new FrameworkContribution(CLASH, "sip-qm", "2", fragment));

		ContributionDiagnostic diagnostic = registry.diagnostics().get(0);

		assertTrue(diagnostic.message().contains("'sip-qm' edition '2' is not installed"), diagnostic.message());
		assertTrue(diagnostic.message().contains("'sip-qm' edition '1'"), diagnostic.message());
		assertTrue(registry.schedule(5).isEmpty());
	}

	@Test
	void missingFragmentFile() {
		URI absent = URI.createFileURI(folder.resolve("absent.framework").toString());
		FrameworkRegistry registry = Contributions.registry(new FrameworkContribution(CLASH, "sip-qm", "1", absent));

		ContributionDiagnostic diagnostic = registry.diagnostics().get(0);

		assertEquals("the fragment", diagnostic.element());
		assertTrue(diagnostic.message().contains("absent.framework"), diagnostic.message());
	}

	@Test
	void allClashesLeaveNationalUntouched() {
		List<FrameworkContribution> contributions = new ArrayList<>();
		contributions.add(Contributions.of(ALPHA, "local-content.framework"));
		clashes().forEach(arguments -> contributions.add(Contributions.of(CLASH, (String) arguments.get()[0])));
		FrameworkRegistry registry = new FrameworkRegistry(contributions);

		assertEquals(clashes().count(), registry.diagnostics().stream().map(ContributionDiagnostic::resource).distinct().count());
		assertNationalUntouched(registry);
		assertEquals(List.of("national", "national", "national", "national", ALPHA),
				registry.national().getSchedules().stream().map(Schedule::getOrigin).toList());
	}

	/**
	 * Checks that every national criterion keeps its place, statement, sub-items, marks and origin, and
	 * has no descriptors but contributed ones, compared with a fresh copy of the national framework.
	 */
	private static void assertNationalUntouched(FrameworkRegistry merged) {
		FrameworkRegistry national = new FrameworkRegistry();
		for (Schedule schedule : national.national().getSchedules()) {
			List<Criterion> mergedCriteria = FrameworkRegistry.allCriteria(merged.schedule(schedule.getNumber()).orElseThrow());
			List<Criterion> nationalOnes = mergedCriteria.stream().filter(c -> "national".equals(c.getOrigin())).toList();
			List<Criterion> expected = FrameworkRegistry.allCriteria(schedule);

			assertEquals(expected.size(), nationalOnes.size(), "national criteria of schedule " + schedule.getNumber());
			for (int i = 0; i < expected.size(); i++) {
				assertSameContent(expected.get(i), nationalOnes.get(i));
			}
		}
	}

	private static void assertSameContent(Criterion expected, Criterion actual) {
		String code = expected.getCode();
		assertEquals(code, actual.getCode());
		assertEquals(expected.getStatement(), actual.getStatement(), code);
		assertEquals(expected.getSubItems(), actual.getSubItems(), code);
		assertEquals(expected.isCritical(), actual.isCritical(), code);
		assertEquals(expected.getKind(), actual.getKind(), code);
		assertEquals(FrameworkRegistry.criterionUri(expected).toString(), FrameworkRegistry.criterionUri(actual).toString());
		assertTrue(actual.getDescriptors().stream().noneMatch(d -> "national".equals(d.getOrigin())), code);
	}
}
