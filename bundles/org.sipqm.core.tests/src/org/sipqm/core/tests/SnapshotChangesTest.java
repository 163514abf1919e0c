package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.journal.SnapshotChanges;
import org.sipqm.core.journal.SnapshotChanges.Change;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.SectionJudgement;

class SnapshotChangesTest {

	@TempDir
	Path folder;

	@Test
	void equalSnapshotHasNoChanges() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation live = TestWorkspaces.evaluation(workspace, "se-");

		List<Change> changes = SnapshotChanges.between(live, journalled(workspace, live));

		assertEquals(List.of(), changes);
	}

	@Test
	void textEditKeepsElements() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		LASelfEvaluation live = (LASelfEvaluation) TestWorkspaces.evaluation(workspace, "se-");
		SectionJudgement section = live.getSectionJudgements().get(0);
		String savedRationale = section.getRationale();
		section.setRationale("Typed before the crash");
		Evaluation snapshot = journalled(workspace, live);
		section.setRationale(savedRationale);
		LASelfEvaluation expected = (LASelfEvaluation) EcoreUtil.copy(snapshot);

		List<Change> changes = SnapshotChanges.between(live, snapshot);
		SnapshotChanges.apply(changes);

		assertEquals(1, changes.size());
		assertSame(section, live.getSectionJudgements().get(0));
		assertEquals("Typed before the crash", section.getRationale());
		assertTrue(EcoreUtil.equals(expected.getSectionJudgements(), live.getSectionJudgements()));
	}

	@Test
	void addedEvidenceLinkedToLiveJudgement() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation live = TestWorkspaces.evaluation(workspace, "se-");
		Judgement judgement = live.getJudgements().get(0);
		EvidenceItem added = EvaluationFactory.eINSTANCE.createEvidenceItem();
		added.setId(live.getId() + "-e002");
		added.setTitle("Minutes of the governors' meeting");
		live.getEvidence().add(added);
		judgement.getEvidence().add(added);
		Evaluation snapshot = journalled(workspace, live);
		judgement.getEvidence().remove(added);
		live.getEvidence().remove(added);

		SnapshotChanges.apply(SnapshotChanges.between(live, snapshot));

		assertEquals(2, live.getEvidence().size());
		assertSame(judgement, live.getJudgements().get(0));
		assertEquals(2, judgement.getEvidence().size());
		EvidenceItem recovered = judgement.getEvidence().get(1);
		assertSame(live.getEvidence().get(1), recovered, "the judgement links the item in the live evaluation");
		assertSame(live.eResource(), recovered.eResource());
		assertEquals("Minutes of the governors' meeting", recovered.getTitle());
		assertSame(recovered, live.eResource().getEObject(live.getId() + "-e002"));
		assertSame(live.getLocalAuthority(), EcoreUtil.resolve(live.getLocalAuthority(), workspace.resourceSet()));
	}

	@Test
	void recoveredEvaluationSavesLikeSnapshot() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation live = TestWorkspaces.evaluation(workspace, "se-");
		live.getJudgements().get(0).setRationale("Recovered text");
		live.getJudgements().get(0).getEvidence().clear();
		byte[] journalledBytes = EditJournal.serialise(live);
		Evaluation snapshot = journalled(workspace, live);
		Evaluation reopened = TestWorkspaces.evaluation(TestWorkspaces.reopen(workspace), "se-");

		SnapshotChanges.apply(SnapshotChanges.between(reopened, snapshot));

		assertEquals(new String(journalledBytes, java.nio.charset.StandardCharsets.UTF_8),
				new String(EditJournal.serialise(reopened), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void differentClassRejected() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation selfEvaluation = TestWorkspaces.evaluation(workspace, "se-");
		Evaluation review = TestWorkspaces.evaluation(workspace, "tr-");

		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> SnapshotChanges.between(review, journalled(workspace, selfEvaluation)));
		assertTrue(failure.getMessage().contains("LASelfEvaluation"), failure.getMessage());
	}

	/** Writes the evaluation's journal entry and loads it back, as recovery does after a restart. */
	private Evaluation journalled(Workspace workspace, Evaluation evaluation) throws IOException {
		EditJournal journal = new EditJournal(folder);
		String path = WorkspaceLayout.toPortableString(workspace.pathOf(evaluation));
		journal.write(path, "label", EditJournal.serialise(evaluation), Instant.now());
		return journal.load(journal.list().stream().filter(entry -> entry.evaluationPath().equals(path)).findFirst()
				.orElseThrow());
	}
}
