package org.sipqm.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.organisation.Organisation;

/** Workspaces on disk for the tests, and access to the test data files. */
final class TestWorkspaces {

	private TestWorkspaces() {
	}

	/** Writes a workspace with the fixture organisation, its attachment and one evaluation of each schedule. */
	static Workspace full(Path folder) throws IOException {
		Organisation organisation = Fixtures.organisation();
		Workspace workspace = WorkspaceStore.initialise(folder, organisation);
		workspace.saveAttachment(Fixtures.ATTACHMENT.substring("evidence/".length()),
				"Report text".getBytes(StandardCharsets.UTF_8));
		for (Evaluation evaluation : Fixtures.allEvaluations(organisation)) {
			workspace.create(evaluation);
		}
		return workspace;
	}

	/**
	 * Writes a workspace as {@link #full(Path)} does, but without the shadow visit's judgement,
	 * which names no real criterion, so that no rule fires.
	 */
	static Workspace valid(Path folder) throws IOException {
		Organisation organisation = Fixtures.organisation();
		Workspace workspace = WorkspaceStore.initialise(folder, organisation);
		workspace.saveAttachment(Fixtures.ATTACHMENT.substring("evidence/".length()),
				"Report text".getBytes(StandardCharsets.UTF_8));
		for (Evaluation evaluation : Fixtures.allEvaluations(organisation)) {
			if (evaluation instanceof ShadowVisit) {
				evaluation.getJudgements().clear();
			}
			workspace.create(evaluation);
		}
		return workspace;
	}

	static Workspace reopen(Workspace workspace) throws IOException {
		return WorkspaceStore.open(workspace.root());
	}

	static Evaluation evaluation(Workspace workspace, String idPrefix) {
		return workspace.evaluations().stream()
				.filter(evaluation -> evaluation.getId().startsWith(idPrefix))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No evaluation with an id starting " + idPrefix));
	}

	/** Copies a file of the test bundle's data folder to the target, creating its folder. */
	static Path copyData(String name, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (InputStream in = openData(name)) {
			Files.copy(in, target);
		}
		return target;
	}

	private static InputStream openData(String name) throws IOException {
		InputStream in = TestWorkspaces.class.getResourceAsStream("/data/" + name);
		if (in != null) {
			return in;
		}
		Path file = Path.of("data", name);
		if (Files.exists(file)) {
			return Files.newInputStream(file);
		}
		throw new IOException("Test data file data/" + name + " is neither on the class path nor in " + Path.of("").toAbsolutePath());
	}

	/** Returns the names of the files in a folder, for checks that no temporary file is left. */
	static java.util.List<String> fileNames(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
