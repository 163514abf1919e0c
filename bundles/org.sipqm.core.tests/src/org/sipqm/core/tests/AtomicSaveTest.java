package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void failingWriteKeepsOldFile() throws IOException {
		Path file = folder.resolve("note.txt");
		Files.writeString(file, "old content");

		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("new content, half writ".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("disk full");
		}));

		assertEquals("disk full", failure.getMessage());
		assertEquals("old content", Files.readString(file));
		assertEquals(List.of("note.txt"), TestWorkspaces.fileNames(folder));
	}

	@Test
	void failingWriteOfNewFileLeavesNothing() {
		Path file = folder.resolve("new.txt");

		assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
			throw new IllegalStateException("serialiser failed");
		}));

		assertEquals(List.of(), TestWorkspaces.fileNames(folder));
	}

	@Test
	void successfulWriteReplacesFile() throws IOException {
		Path file = folder.resolve("note.txt");
		Files.writeString(file, "old content");

		AtomicFiles.write(file, "new content".getBytes(StandardCharsets.UTF_8));

		assertEquals("new content", Files.readString(file));
		assertEquals(List.of("note.txt"), TestWorkspaces.fileNames(folder));
	}

	@Test
	void failedEvaluationSaveKeepsOldFile() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation review = TestWorkspaces.evaluation(workspace, "tr-");
		Path file = folder.resolve(workspace.pathOf(review));
		byte[] before = Files.readAllBytes(file);
		List<String> filesBefore = TestWorkspaces.fileNames(file.getParent());

		// XML 1.0 cannot hold U+0001, so EMF fails part-way through writing the file.
		review.getJudgements().get(0).setRationale("Changed before the failed save.");
		review.getEvidence().get(0).setTitle("Pasted text with a control character \u0001");

		IOException failure = assertThrows(IOException.class, () -> workspace.save(review));

		assertTrue(failure.getMessage().contains("tr-999-2007-08-spring.xmi"), failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(filesBefore, TestWorkspaces.fileNames(file.getParent()), "no temporary file is left");
	}

	@Test
	void danglingReferenceRefusedBeforeWriting() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation review = TestWorkspaces.evaluation(workspace, "tr-");
		Path file = folder.resolve(workspace.pathOf(review));
		byte[] before = Files.readAllBytes(file);
		List<String> filesBefore = TestWorkspaces.fileNames(file.getParent());

		Person stranger = OrganisationFactory.eINSTANCE.createPerson();
		stranger.setId("p-stranger");
		review.setAuthor(stranger);

		IOException failure = assertThrows(IOException.class, () -> workspace.save(review));

		assertTrue(failure.getMessage().contains("author"), failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(filesBefore, TestWorkspaces.fileNames(file.getParent()), "no temporary file is left");
	}

	@Test
	void successfulEvaluationSaveWritesChange() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);
		Evaluation review = TestWorkspaces.evaluation(workspace, "tr-");
		review.getJudgements().get(0).setRationale("Revised after the SIP manager meeting.");

		workspace.save(review);

		String text = Files.readString(folder.resolve(workspace.pathOf(review)));
		assertTrue(text.contains("Revised after the SIP manager meeting."));
	}
}
