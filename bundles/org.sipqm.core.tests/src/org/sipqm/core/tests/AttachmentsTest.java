package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.core.evidence.Attachments;
import org.sipqm.core.evidence.InvalidAttachmentException;
import org.sipqm.core.evidence.InvalidAttachmentException.Reason;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.EvidenceItem;

class AttachmentsTest {

	@TempDir
	Path folder;

	@TempDir
	Path outside;

	static Stream<Arguments> rejected() {
		return Stream.of(
				Arguments.of(null, Reason.NONE),
				Arguments.of("  ", Reason.NONE),
				Arguments.of("../outside.txt", Reason.OUTSIDE),
				Arguments.of("evidence/../../outside.txt", Reason.OUTSIDE),
				Arguments.of(".", Reason.OUTSIDE),
				Arguments.of("/etc/hosts", Reason.ABSOLUTE),
				Arguments.of("evidence/a\u0000b.txt", Reason.INVALID),
				Arguments.of("evidence/linked/secret.txt", Reason.LINK_OUTSIDE),
				Arguments.of("evidence/linked/not-there.txt", Reason.LINK_OUTSIDE),
				Arguments.of("evidence/dangling", Reason.LINK_OUTSIDE));
	}

	@ParameterizedTest(name = "{1} for ''{0}''")
	@MethodSource("rejected")
	void pathRejected(String attachment, Reason reason) throws IOException {
		Workspace workspace = workspaceWithLinks();
		EvidenceItem item = item(workspace, attachment);

		InvalidAttachmentException error = assertThrows(InvalidAttachmentException.class,
				() -> Attachments.resolve(workspace, item));

		assertEquals(reason, error.reason());
		assertEquals("tr-999-2007-08-spring-e001", error.itemId());
		assertTrue(error.getMessage().contains("tr-999-2007-08-spring-e001"), error.getMessage());
		if (reason != Reason.NONE) {
			assertTrue(error.getMessage().contains("'" + attachment + "'"), error.getMessage());
			assertTrue(error.getMessage().contains("evidence folder"), error.getMessage());
		}
	}

	@Test
	void pathInsideResolved() throws IOException {
		Workspace workspace = workspaceWithLinks();

		Path file = Attachments.resolveExisting(workspace, item(workspace, "evidence/la-999/report.txt"));

		assertEquals(workspace.root().resolve("evidence/la-999/report.txt"), file);
	}

	@Test
	void linkInsideWorkspaceAccepted() throws IOException {
		Workspace workspace = workspaceWithLinks();
		Files.createSymbolicLink(workspace.root().resolve("evidence/alias"), workspace.root().resolve("evidence/la-999"));

		Path file = Attachments.resolveExisting(workspace, item(workspace, "evidence/alias/report.txt"));

		assertTrue(Files.isRegularFile(file));
	}

	@Test
	void missingFileReported() throws IOException {
		Workspace workspace = workspaceWithLinks();
		EvidenceItem item = item(workspace, "evidence/la-999/missing.txt");

		InvalidAttachmentException error = assertThrows(InvalidAttachmentException.class,
				() -> Attachments.resolveExisting(workspace, item));

		assertEquals(Reason.NOT_FOUND, error.reason());
		assertEquals("The attachment 'evidence/la-999/missing.txt' of evidence item tr-999-2007-08-spring-e001 is not"
				+ " in the workspace folder. Copy the file there, or remove the attachment from the evidence item.",
				error.getMessage());
	}

	/** Returns the valid workspace with evidence/linked leading outside it and evidence/dangling leading nowhere. */
	private Workspace workspaceWithLinks() throws IOException {
		Workspace workspace = TestWorkspaces.valid(folder);
		Files.writeString(outside.resolve("secret.txt"), "not evidence");
		Files.createSymbolicLink(workspace.root().resolve("evidence/linked"), outside);
		Files.createSymbolicLink(workspace.root().resolve("evidence/dangling"), outside.resolve("gone"));
		return workspace;
	}

	private static EvidenceItem item(Workspace workspace, String attachment) {
		EvidenceItem item = TestWorkspaces.evaluation(workspace, "tr-").getEvidence().get(0);
		item.setAttachment(attachment);
		return item;
	}
}
