package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.evidence.EvidenceFiles;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;

class EvidenceFilesTest {

	private static final LocalDate DATE = LocalDate.of(2008, 2, 14);

	@TempDir
	Path folder;

	@TempDir
	Path downloads;

	@Test
	void fileBecomesSavedEvidenceItem() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Path file = Files.writeString(downloads.resolve("Moderation notes.txt"), "Notes of the moderation meeting");

		List<EvidenceItem> items = EvidenceFiles.add(workspace, review(workspace), List.of(file), DATE);

		EvidenceItem item = items.get(0);
		assertEquals("tr-999-2007-08-spring-e002", item.getId());
		assertEquals("Moderation notes", item.getTitle());
		assertEquals(EvidenceKind.DOCUMENT, item.getKind());
		assertEquals(ImpactEvidence.NONE, item.getImpact());
		assertEquals(DATE, item.getDate());
		assertEquals("evidence/la-999/2007-08/tr-999-2007-08-spring/Moderation notes.txt", item.getAttachment());
		assertEquals("Notes of the moderation meeting", Files.readString(workspace.root().resolve(item.getAttachment())));

		Evaluation reopened = TestWorkspaces.evaluation(TestWorkspaces.reopen(workspace), "tr-");
		assertEquals(List.of("tr-999-2007-08-spring-e001", "tr-999-2007-08-spring-e002"),
				reopened.getEvidence().stream().map(EvidenceItem::getId).toList());
	}

	@Test
	void sameNameGetsNumbered() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Path file = Files.writeString(downloads.resolve("plan.txt"), "Plan");

		EvidenceFiles.add(workspace, review(workspace), List.of(file), DATE);
		List<EvidenceItem> second = EvidenceFiles.add(workspace, review(workspace), List.of(file), DATE);

		assertEquals("evidence/la-999/2007-08/tr-999-2007-08-spring/plan (2).txt", second.get(0).getAttachment());
		assertEquals("tr-999-2007-08-spring-e003", second.get(0).getId());
	}

	@Test
	void folderRejectedWithoutChange() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Path file = Files.writeString(downloads.resolve("plan.txt"), "Plan");

		IOException error = assertThrows(IOException.class,
				() -> EvidenceFiles.add(workspace, review(workspace), List.of(file, downloads), DATE));

		assertEquals(downloads + " is not a file that can be read, so it was not added as evidence. Choose a file,"
				+ " not a folder.", error.getMessage());
		assertEquals(1, review(workspace).getEvidence().size());
		assertTrue(Files.notExists(workspace.root().resolve("evidence/la-999/2007-08")));
	}

	@Test
	void failedSaveLeavesNothingBehind() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Path file = Files.writeString(downloads.resolve("plan.txt"), "Plan");
		// A reference to an element in no file makes the store refuse to save the evaluation.
		review(workspace).setAuthor(org.sipqm.model.organisation.OrganisationFactory.eINSTANCE.createPerson());

		IOException error = assertThrows(IOException.class,
				() -> EvidenceFiles.add(workspace, review(workspace), List.of(file), DATE));

		assertTrue(error.getMessage().startsWith("plan.txt was not added as evidence to evaluation"
				+ " tr-999-2007-08-spring: "), error.getMessage());
		assertTrue(error.getMessage().endsWith("The evaluation keeps its previous content."), error.getMessage());
		assertEquals(1, review(workspace).getEvidence().size());
		assertTrue(Files.notExists(workspace.root().resolve("evidence/la-999/2007-08/tr-999-2007-08-spring/plan.txt")));
	}

	private static Evaluation review(Workspace workspace) {
		return TestWorkspaces.evaluation(workspace, "tr-");
	}
}
