package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.InvalidWorkspaceException;
import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.LoadProblem.Kind;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.store.WorkspaceStore;

class LoadProblemsTest {

	private static final String YEAR_FOLDER = "evaluations/la-999/2007-08/";

	@TempDir
	Path folder;

	@Test
	void malformedFileReportedWithLocation() throws IOException {
		TestWorkspaces.full(folder);
		TestWorkspaces.copyData("malformed.xmi", folder.resolve(YEAR_FOLDER + "tr-malformed.xmi"));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "tr-malformed.xmi");
		assertEquals(Kind.MALFORMED, problem.kind());
		assertEquals(OptionalInt.of(5), problem.line());
		assertTrue(problem.column().isPresent());
		assertTrue(problem.message().contains("judgements"), problem.message());
		assertEquals(4, workspace.evaluations().size(), "the other evaluations load");
	}

	@Test
	void foreignModelReported() throws IOException {
		TestWorkspaces.full(folder);
		TestWorkspaces.copyData("foreign.xmi", folder.resolve(YEAR_FOLDER + "library.xmi"));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "library.xmi");
		assertEquals(Kind.UNKNOWN_CONTENT, problem.kind());
		assertTrue(problem.message().contains("http://example.org/library/1.0"), problem.message());
		assertEquals(4, workspace.evaluations().size());
	}

	@Test
	void truncatedFileReported() throws IOException {
		Workspace original = TestWorkspaces.full(folder);
		Path file = folder.resolve(original.pathOf(TestWorkspaces.evaluation(original, "hd-")));
		byte[] content = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "hd-999-2007-08-spring-01.xmi");
		assertEquals(Kind.MALFORMED, problem.kind());
		assertFalse(problem.message().isBlank());
		assertEquals(3, workspace.evaluations().size());
		assertTrue(workspace.evaluations().stream().noneMatch(evaluation -> evaluation.getId().startsWith("hd-")));
	}

	@Test
	void emptyFileReported() throws IOException {
		TestWorkspaces.full(folder);
		Files.createFile(folder.resolve(YEAR_FOLDER + "empty.xmi"));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "empty.xmi");
		assertEquals(Kind.MALFORMED, problem.kind());
		assertEquals(OptionalInt.of(1), problem.line());
		assertEquals(4, workspace.evaluations().size());
	}

	@Test
	void unreadableFileReported() throws IOException {
		TestWorkspaces.full(folder);
		Path link = folder.resolve(YEAR_FOLDER + "gone.xmi");
		try {
			Files.createSymbolicLink(link, folder.resolve("nowhere.xmi"));
		} catch (UnsupportedOperationException | IOException e) {
			Assumptions.abort("symbolic links are not available here: " + e);
		}

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "gone.xmi");
		assertEquals(Kind.UNREADABLE, problem.kind());
		assertTrue(problem.message().contains("gone.xmi"), problem.message());
		assertEquals(4, workspace.evaluations().size());
	}

	@Test
	void unknownFeatureKeepsEvaluation() throws IOException {
		TestWorkspaces.full(folder);
		TestWorkspaces.copyData("unknown-feature.xmi", folder.resolve(YEAR_FOLDER + "tr-unknown-feature.xmi"));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "tr-unknown-feature.xmi");
		assertEquals(Kind.INVALID_CONTENT, problem.kind());
		assertTrue(problem.message().contains("colour"), problem.message());
		assertEquals(5, workspace.evaluations().size(), "the evaluation loads without the unknown attribute");
	}

	@Test
	void unresolvedCrossReferenceReported() throws IOException {
		TestWorkspaces.full(folder);
		TestWorkspaces.copyData("unresolved-reference.xmi", folder.resolve(YEAR_FOLDER + "tr-unresolved.xmi"));

		Workspace workspace = WorkspaceStore.open(folder);

		LoadProblem problem = onlyProblem(workspace, YEAR_FOLDER + "tr-unresolved.xmi");
		assertEquals(Kind.UNRESOLVED_CROSS_REFERENCE, problem.kind());
		assertTrue(problem.message().contains("author"), problem.message());
		assertTrue(problem.message().contains("p-nobody"), problem.message());
		assertEquals(5, workspace.evaluations().size());
		assertEquals(1, workspace.resourceSet().getResources().size() - workspace.evaluations().size(),
				"no file is loaded on demand besides organisation.xmi");
	}

	@Test
	void missingOrganisationIsClearError() throws IOException {
		Files.createDirectories(folder.resolve("evaluations"));

		InvalidWorkspaceException error = assertThrows(InvalidWorkspaceException.class,
				() -> WorkspaceStore.open(folder));

		assertTrue(error.getMessage().contains(folder.toAbsolutePath().normalize().toString()), error.getMessage());
		assertTrue(error.getMessage().contains("organisation.xmi"), error.getMessage());
	}

	@Test
	void missingFolderIsClearError() {
		Path missing = folder.resolve("not-here");

		InvalidWorkspaceException error = assertThrows(InvalidWorkspaceException.class,
				() -> WorkspaceStore.open(missing));

		assertTrue(error.getMessage().contains("not-here"), error.getMessage());
	}

	@Test
	void malformedOrganisationStillOpens() throws IOException {
		TestWorkspaces.full(folder);
		Files.writeString(folder.resolve("organisation.xmi"), "<?xml version=\"1.0\"?>\n<organisation:Organisation");

		Workspace workspace = WorkspaceStore.open(folder);

		assertTrue(workspace.organisation().isEmpty());
		assertEquals(Kind.MALFORMED, workspace.problems().stream()
				.filter(problem -> problem.file().toString().equals("organisation.xmi"))
				.findFirst().orElseThrow().kind());
		assertEquals(4, workspace.evaluations().size(), "the evaluations load without the organisation");
		assertThrows(IllegalStateException.class, workspace::saveOrganisation);
	}

	@Test
	void initialiseRefusesExistingWorkspace() throws IOException {
		TestWorkspaces.full(folder);

		assertThrows(InvalidWorkspaceException.class,
				() -> WorkspaceStore.initialise(folder, Fixtures.organisation()));
	}

	private static LoadProblem onlyProblem(Workspace workspace, String file) {
		List<LoadProblem> problems = workspace.problems();
		assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
		LoadProblem problem = problems.get(0);
		assertEquals(file, WorkspaceLayout.toPortableString(problem.file()));
		return problem;
	}
}
