package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.evidence.EvidenceGap;
import org.sipqm.core.evidence.EvidenceGaps;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.RuleRegistry;
import org.sipqm.core.validation.RuleSettings;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

class EvidenceGapsTest {

	private static final FrameworkLookup NATIONAL = FrameworkLookup.of(FrameworkRegistry.getDefault());

	@TempDir
	Path folder;

	@Test
	void weakJudgementListed() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Judgement judgement = TestWorkspaces.evaluation(workspace, "tr-").getJudgements().get(0);
		judgement.setNotEvaluated(false);
		judgement.setGrade(Grade.OUTSTANDING);

		List<EvidenceGap> weak = EvidenceGaps.find(workspace, NATIONAL).stream()
				.filter(gap -> gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK).toList();

		assertEquals(1, weak.size(), weak::toString);
		EvidenceGap gap = weak.get(0);
		assertEquals(judgement, gap.judgement());
		assertEquals("1.1.3", gap.criterion());
		assertEquals(ImpactEvidence.SUBSTANTIAL, gap.required());
		assertEquals(ImpactEvidence.EMERGING, gap.strongest());
		assertEquals("Testshire", gap.localAuthority());
		assertEquals(Term.SPRING, gap.term());
	}

	@Test
	void criteriaWithoutEvidenceListedPerTerm() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);

		List<EvidenceGap> criteria = EvidenceGaps.find(workspace, NATIONAL).stream()
				.filter(gap -> gap.kind() == EvidenceGap.Kind.CRITERION_WITHOUT_EVIDENCE).toList();

		assertTrue(contains(criteria, 1, "1.1.1"), "1.1.1 has no judgement in the termly review");
		assertFalse(contains(criteria, 2, "2.1.2"), "the response on 2.1.2 links evidence");
		assertFalse(contains(criteria, 1, "3.1"), "prompts need no evidence");
		assertFalse(contains(criteria, 1, "1.1.3"), "the judgement on 1.1.3 links evidence");
		assertTrue(criteria.stream().allMatch(gap -> gap.term() == Term.SPRING));
		assertTrue(criteria.stream().allMatch(gap -> gap.judgement() == null));
		assertTrue(criteria.stream().noneMatch(gap -> gap.schedule() == 3), "schedule 3 has no criteria");
	}

	@Test
	void sampleGapsMatchValidatorWarnings(@TempDir Path sampleFolder) throws IOException {
		Workspace sample = new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED,
				SampleScale.REGIONAL).generateWorkspace(sampleFolder);

		long weak = EvidenceGaps.find(sample, NATIONAL).stream()
				.filter(gap -> gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK).count();
		long warnings = WorkspaceValidator.builder().rules(RuleRegistry.builtIn()).settings(RuleSettings.defaults())
				.build().validate(sample).stream()
				.filter(diagnostic -> diagnostic.ruleId().equals(RuleIds.JUDGEMENT_EVIDENCE_FOR_GRADE)).count();

		assertTrue(weak > 0);
		assertEquals(warnings, weak);
	}

	private static boolean contains(List<EvidenceGap> gaps, int schedule, String code) {
		return gaps.stream().anyMatch(gap -> gap.schedule() == schedule && gap.criterion().equals(code));
	}
}
