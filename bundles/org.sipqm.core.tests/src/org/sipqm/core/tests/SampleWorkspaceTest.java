package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.Evaluations;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.summary.WorkspaceSummary;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;
import org.sipqm.core.store.WorkspaceStore;

class SampleWorkspaceTest {

	private static final long SEED = SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED;

	@TempDir
	static Path shared;

	private static Path sample;
	private static Workspace workspace;

	@BeforeAll
	static void generateOnce() throws IOException {
		sample = shared.resolve("sample");
		new SampleWorkspaceGenerator(SEED, SampleScale.REGIONAL).generate(sample);
		workspace = WorkspaceStore.open(sample);
	}

	@Test
	void sameSeedSameBytes(@TempDir Path other) throws IOException {
		new SampleWorkspaceGenerator(SEED, SampleScale.REGIONAL).generate(other);

		assertEquals(List.of(), FolderComparison.differences(sample, other));
	}

	@Test
	void otherSeedOtherContent(@TempDir Path other) throws IOException {
		new SampleWorkspaceGenerator(SEED + 1, SampleScale.REGIONAL).generate(other);

		assertNotEquals(List.of(), FolderComparison.differences(sample, other));
	}

	@Test
	void committedSampleIsCurrent() throws IOException {
		Path committed = CommittedSample.folder();

		List<String> differences = FolderComparison.differences(committed, sample);

		assertEquals(List.of(), differences, "releng/sample-workspace differs from what the generator writes with seed "
				+ SEED + "; regenerate it as the comment on GenerateSample describes");
	}

	@Test
	void eastMidlandsAuthorities() {
		List<LocalAuthority> authorities = workspace.organisation().orElseThrow().getRegions().get(0).getLocalAuthorities();

		Set<String> codes = new TreeSet<>();
		authorities.forEach(authority -> codes.add(authority.getCode() + " " + authority.getName()));
		assertEquals(Set.of("830 Derbyshire", "831 Derby", "855 Leicestershire", "856 Leicester", "857 Rutland",
				"891 Nottinghamshire", "892 Nottingham", "925 Lincolnshire", "928 Northamptonshire"), codes);
		for (LocalAuthority authority : authorities) {
			assertTrue(authority.getPartners().size() >= 4, authority.getName());
			assertTrue(authority.getPartners().size() <= 8, authority.getName());
			assertTrue(authority.getSchools().size() >= 10, authority.getName());
			assertTrue(authority.getSchools().size() <= 20, authority.getName());
			assertTrue(authority.getSchools().stream().allMatch(school -> school.getUrn().startsWith("9")));
		}
	}

	@Test
	void allSchedulesAndTermsPresent() {
		WorkspaceSummary summary = WorkspaceSummary.of(workspace);

		assertEquals(1, summary.regions());
		assertEquals(9, summary.localAuthorities());
		assertEquals(27, summary.evaluationsOfSchedule(1), "one termly review per authority per term");
		assertEquals(27, summary.evaluationsOfSchedule(4), "one self-evaluation per authority per term");
		assertEquals(54, summary.evaluationsOfSchedule(2), "two headteacher discussions per authority per term");
		assertTrue(summary.evaluationsOfSchedule(3) > 0);
		for (Term term : Term.VALUES) {
			assertTrue(summary.evaluationsByTerm().get(term) > 0, term.getLiteral());
		}
		assertEquals(0, summary.loadProblems());
	}

	@Test
	void judgementsCarryEvidence() {
		for (Evaluation evaluation : workspace.evaluations()) {
			for (Judgement judgement : evaluation.getJudgements()) {
				if (!judgement.isNotEvaluated()) {
					assertFalse(judgement.getEvidence().isEmpty(), evaluation.getId() + " " + judgement.getCriterion());
					assertFalse(judgement.getRationale().isBlank());
					assertNotEquals(Grade.NOT_JUDGED, judgement.getGrade());
				}
			}
		}
	}

	@Test
	void termlyReviewJudgesSectionsOneToTwoFive() {
		TermlyReview review = (TermlyReview) workspace.evaluations().stream()
				.filter(evaluation -> Evaluations.scheduleOf(evaluation) == 1).findFirst().orElseThrow();

		assertEquals(60, review.getJudgements().size());
		assertFalse(review.getStrengthsForDissemination().isBlank());
		assertFalse(review.getAreasForImprovement().isBlank());
	}

	@Test
	void impactMostlyConsistentWithGrade() {
		int outstanding = 0;
		int withoutSubstantial = 0;
		for (Evaluation evaluation : workspace.evaluations()) {
			for (Judgement judgement : evaluation.getJudgements()) {
				if (judgement.getGrade() == Grade.OUTSTANDING) {
					outstanding++;
					if (judgement.getEvidence().stream().noneMatch(item -> item.getImpact() == ImpactEvidence.SUBSTANTIAL)) {
						withoutSubstantial++;
					}
				}
			}
		}

		assertTrue(outstanding > 0);
		assertTrue(withoutSubstantial > 0, "a few deliberate inconsistencies for the evidence rule");
		assertTrue(withoutSubstantial * 10 < outstanding, withoutSubstantial + " of " + outstanding);
	}

	@Test
	void someEvidenceConcernsIndividuals() {
		long count = workspace.evaluations().stream()
				.flatMap(evaluation -> evaluation.getEvidence().stream())
				.filter(EvidenceItem::isConcernsIndividual)
				.count();

		assertTrue(count > 0);
	}

	@Test
	void summerMostlyDraft() {
		long summer = workspace.evaluations().stream().filter(evaluation -> evaluation.getTerm() == Term.SUMMER).count();
		long summerDrafts = workspace.evaluations().stream()
				.filter(evaluation -> evaluation.getTerm() == Term.SUMMER)
				.filter(evaluation -> evaluation.getStatus() == EvaluationStatus.DRAFT)
				.count();
		long autumnDrafts = workspace.evaluations().stream()
				.filter(evaluation -> evaluation.getTerm() == Term.AUTUMN)
				.filter(evaluation -> evaluation.getStatus() == EvaluationStatus.DRAFT)
				.count();

		assertTrue(summerDrafts * 2 > summer, summerDrafts + " of " + summer);
		assertTrue(autumnDrafts < summerDrafts);
	}

	@Test
	void attachmentsWritten() {
		List<String> attachments = workspace.evaluations().stream()
				.flatMap(evaluation -> evaluation.getEvidence().stream())
				.map(EvidenceItem::getAttachment)
				.filter(attachment -> attachment != null)
				.toList();

		assertFalse(attachments.isEmpty());
		assertTrue(attachments.stream().allMatch(attachment -> Files.isRegularFile(sample.resolve(attachment))));
	}

	@Test
	void sampleHasNoErrors() {
		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);

		assertEquals(List.of(), diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList());
	}

	/** The generator makes a few inconsistent cases on purpose, so that the rules have something to find. */
	@Test
	void sampleWarnsOnlyOfDeliberateCases() {
		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);

		Set<String> warned = new TreeSet<>();
		diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).forEach(d -> warned.add(d.ruleId()));
		assertEquals(Set.of(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE, RuleIds.DISCUSSION_LA_NOT_CONSULTED), warned,
				diagnostics.toString());
	}
}
