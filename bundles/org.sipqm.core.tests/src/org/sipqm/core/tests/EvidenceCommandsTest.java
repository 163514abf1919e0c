package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.core.evidence.EvidenceCommands;
import org.sipqm.core.evidence.EvidenceDraft;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.ImpactEvidence;

/** Links, unlinks and creates evidence items through an editing domain's command stack, with undo and redo. */
class EvidenceCommandsTest {

	private static final LocalDate DATE = LocalDate.of(2008, 2, 14);

	@TempDir
	Path folder;

	@TempDir
	Path downloads;

	private Workspace workspace;
	private Evaluation review;
	private BasicCommandStack stack;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void openWorkspace() throws IOException {
		workspace = TestWorkspaces.valid(folder);
		review = TestWorkspaces.evaluation(workspace, "tr-");
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack,
				workspace.resourceSet());
	}

	@Test
	void linkSkipsLinkedAndUndoes() {
		Judgement judgement = review.getJudgements().get(0);
		EvidenceItem item = review.getEvidence().get(0);
		judgement.getEvidence().clear();

		Command link = EvidenceCommands.link(domain, judgement, Literals.JUDGEMENT__EVIDENCE, List.of(item, item));
		stack.execute(link);
		assertEquals(List.of(item), judgement.getEvidence(), "links after linking one item twice");
		assertFalse(EvidenceCommands.link(domain, judgement, Literals.JUDGEMENT__EVIDENCE, List.of(item)).canExecute(),
				"linking it again");

		stack.undo();
		assertEquals(List.of(), judgement.getEvidence(), "links after undo");
	}

	@Test
	void unlinkKeepsItem() {
		Judgement judgement = review.getJudgements().get(0);
		EvidenceItem item = review.getEvidence().get(0);
		assertTrue(judgement.getEvidence().contains(item), "linked in the fixture");

		stack.execute(EvidenceCommands.unlink(domain, judgement, Literals.JUDGEMENT__EVIDENCE, item));

		assertFalse(judgement.getEvidence().contains(item), "linked after unlinking");
		assertTrue(review.getEvidence().contains(item), "item kept in the evaluation");
	}

	@Test
	void createCopiesAttachmentAndUndoes() throws IOException {
		Judgement judgement = review.getJudgements().get(0);
		Path file = Files.writeString(downloads.resolve("Moderation notes.txt"), "Notes");
		int itemsBefore = review.getEvidence().size();

		Command creation = EvidenceCommands.create(workspace, domain, review, judgement, Literals.JUDGEMENT__EVIDENCE,
				draft(file));
		Path copy = folder.resolve("evidence/la-999/2007-08/tr-999-2007-08-spring/Moderation notes.txt");
		assertEquals("Notes", Files.readString(copy), "copy before the command executes");
		assertEquals(itemsBefore, review.getEvidence().size(), "items before the command executes");

		stack.execute(creation);
		EvidenceItem item = review.getEvidence().get(itemsBefore);
		assertEquals("tr-999-2007-08-spring-e002", item.getId());
		assertEquals("Moderation meeting", item.getTitle());
		assertEquals(EvidenceKind.MEETING_RECORD, item.getKind());
		assertEquals(ImpactEvidence.EMERGING, item.getImpact());
		assertTrue(item.isConcernsIndividual(), "concerns an individual");
		assertEquals("evidence/la-999/2007-08/tr-999-2007-08-spring/Moderation notes.txt", item.getAttachment());
		assertSame(item, judgement.getEvidence().get(judgement.getEvidence().size() - 1), "linked item");

		stack.undo();
		assertEquals(itemsBefore, review.getEvidence().size(), "items after undo");
		assertFalse(judgement.getEvidence().contains(item), "linked after undo");
		stack.redo();
		assertTrue(judgement.getEvidence().contains(item), "linked after redo");

		stack.undo();
		stack.execute(EvidenceCommands.unlink(domain, judgement, Literals.JUDGEMENT__EVIDENCE,
				review.getEvidence().get(0)));
		assertTrue(Files.notExists(copy), "copy after a new edit discards the undone creation");
	}

	@Test
	void copyKeptWhenSavedFileRefersToIt() throws IOException {
		Judgement judgement = review.getJudgements().get(0);
		Path file = Files.writeString(downloads.resolve("plan.txt"), "Plan");
		stack.execute(EvidenceCommands.create(workspace, domain, review, judgement, Literals.JUDGEMENT__EVIDENCE,
				draft(file)));
		workspace.save(review);

		stack.undo();
		stack.flush();

		assertTrue(Files.exists(folder.resolve("evidence/la-999/2007-08/tr-999-2007-08-spring/plan.txt")),
				"copy that the saved file refers to");
	}

	@Test
	void failedCopyLeavesModelUnchanged() {
		Judgement judgement = review.getJudgements().get(0);
		int itemsBefore = review.getEvidence().size();
		Path missing = downloads.resolve("missing.pdf");

		IOException error = assertThrows(IOException.class, () -> EvidenceCommands.create(workspace, domain, review,
				judgement, Literals.JUDGEMENT__EVIDENCE, draft(missing)));

		assertTrue(error.getMessage().startsWith(missing + " is not a file that can be read"), error.getMessage());
		assertEquals(itemsBefore, review.getEvidence().size(), "items");
		assertFalse(stack.canUndo(), "a command on the stack");
		assertTrue(Files.notExists(folder.resolve("evidence/la-999/2007-08")), "evidence folder");
	}

	@Test
	void attachOnEditAddsElementWithFirstEdit() {
		Judgement pending = EvaluationFactory.eINSTANCE.createJudgement();
		pending.setCriterion("sip-qm:1/1/9.9.9");
		AttachOnEditDomain rowDomain = new AttachOnEditDomain(domain, review, Literals.EVALUATION__JUDGEMENTS, pending);
		int judgementsBefore = review.getJudgements().size();
		assertFalse(rowDomain.isAttached(), "attached before any edit");

		rowDomain.getCommandStack().execute(
				org.eclipse.emf.edit.command.SetCommand.create(rowDomain, pending, Literals.JUDGEMENT__GRADE, Grade.GOOD));
		assertEquals(judgementsBefore + 1, review.getJudgements().size(), "judgements after the first edit");
		assertSame(review, pending.eContainer(), "container after the first edit");

		rowDomain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(rowDomain, pending,
				Literals.JUDGEMENT__RATIONALE, "Clear plan"));
		assertEquals(judgementsBefore + 1, review.getJudgements().size(), "judgements after the second edit");

		stack.undo();
		stack.undo();
		assertEquals(judgementsBefore, review.getJudgements().size(), "judgements after undoing both edits");
		assertFalse(rowDomain.isAttached(), "attached after undo");
		assertEquals(Grade.NOT_JUDGED, pending.getGrade(), "grade after undo");

		stack.redo();
		assertSame(review, pending.eContainer(), "container after redo");
	}

	@Test
	void attachOnEditInsertsInKeyOrder() {
		List<String> order = List.of("sip-qm:1/1/9.9.1", "sip-qm:1/1/9.9.2", "sip-qm:1/1/9.9.3");
		Judgement first = EvaluationFactory.eINSTANCE.createJudgement();
		first.setCriterion(order.get(0));
		Judgement third = EvaluationFactory.eINSTANCE.createJudgement();
		third.setCriterion(order.get(2));
		review.getJudgements().add(first);
		review.getJudgements().add(third);
		Judgement pending = EvaluationFactory.eINSTANCE.createJudgement();
		pending.setCriterion(order.get(1));
		AttachOnEditDomain rowDomain = new AttachOnEditDomain(domain, review, Literals.EVALUATION__JUDGEMENTS, pending,
				AttachOnEditDomain.positionInOrder(review, Literals.EVALUATION__JUDGEMENTS,
						element -> ((Judgement) element).getCriterion(), order, order.get(1)));

		rowDomain.getCommandStack().execute(
				org.eclipse.emf.edit.command.SetCommand.create(rowDomain, pending, Literals.JUDGEMENT__GRADE, Grade.GOOD));

		int firstIndex = review.getJudgements().indexOf(first);
		assertEquals(firstIndex + 1, review.getJudgements().indexOf(pending), "index of the added judgement");
		assertEquals(firstIndex + 2, review.getJudgements().indexOf(third), "index of the judgement after it");
	}

	private static EvidenceDraft draft(Path attachment) {
		return new EvidenceDraft(" Moderation meeting ", EvidenceKind.MEETING_RECORD, DATE, "LA moderation panel",
				"Notes of the panel", attachment, ImpactEvidence.EMERGING, true);
	}
}
