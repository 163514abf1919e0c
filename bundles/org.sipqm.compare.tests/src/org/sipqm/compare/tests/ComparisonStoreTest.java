package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sipqm.compare.tests.SmallFrameworks.LOCAL;
import static org.sipqm.compare.tests.SmallFrameworks.NATIONAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.SuggestionRanker;
import org.sipqm.core.store.LoadProblem;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Rejection;
import org.sipqm.model.framework.Framework;

class ComparisonStoreTest {

	@TempDir
	Path workspace;

	@Test
	void savedFrameworkLoadsBackEqual() throws IOException {
		Framework framework = SmallFrameworks.local();

		Path relative = ComparisonStore.saveFramework(workspace, framework);
		ComparisonStore.Saved saved = ComparisonStore.load(workspace);

		assertEquals(Path.of("frameworks", "derby", "2008.xmi"), relative);
		assertEquals(1, saved.frameworks().size());
		assertTrue(EcoreUtil.equals(framework, saved.frameworks().get(0)));
		assertTrue(saved.problems().isEmpty(), saved.problems()::toString);
	}

	@Test
	void savingAgainReplacesFile() throws IOException {
		Framework framework = SmallFrameworks.local();
		ComparisonStore.saveFramework(workspace, framework);
		framework.setName("Derby QM framework, revised");

		ComparisonStore.saveFramework(workspace, framework);
		ComparisonStore.Saved saved = ComparisonStore.load(workspace);

		assertEquals(1, saved.frameworks().size());
		assertEquals("Derby QM framework, revised", saved.frameworks().get(0).getName());
		try (Stream<Path> files = Files.list(workspace.resolve("frameworks/derby"))) {
			assertEquals(List.of("2008.xmi"), files.map(file -> file.getFileName().toString()).toList(),
					"no temporary file is left behind");
		}
	}

	@Test
	void rejectionsPersistWithCrosswalk() throws IOException {
		Framework local = SmallFrameworks.local();
		CriterionIndex localIndex = new CriterionIndex(local);
		CriterionIndex national = new CriterionIndex(SmallFrameworks.national());
		Crosswalk crosswalk = CrosswalkEditing.create(localIndex, national);
		Suggestion rejected = new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8);
		CrosswalkEditing.reject(crosswalk, rejected, "J. Smith", LocalDate.of(2008, 3, 1));
		ComparisonStore.saveFramework(workspace, local);

		Path relative = ComparisonStore.saveCrosswalk(workspace, crosswalk);
		ComparisonStore.Saved saved = ComparisonStore.load(workspace);
		Crosswalk loaded = saved.crosswalkOf(saved.frameworks().get(0)).orElseThrow();

		assertEquals(Path.of("crosswalks", "derby", "2008.xmi"), relative);
		Rejection rejection = loaded.getRejections().get(0);
		assertEquals(LOCAL + "A.1", rejection.getLocalCriterion());
		assertEquals(NATIONAL + "1.1.1", rejection.getNationalCriterion());
		assertEquals("J. Smith", rejection.getReviewer());
		assertEquals(LocalDate.of(2008, 3, 1), rejection.getRejectedOn());
		List<Suggestion> suggestions = new SuggestionRanker(new CriterionIndex(saved.frameworks().get(0)), national,
				schedule -> true).suggest(loaded, 5, 0.0);
		assertTrue(suggestions.stream().noneMatch(s -> s.localCriterion().equals(rejected.localCriterion())
				&& s.nationalCriterion().equals(rejected.nationalCriterion())), suggestions::toString);
	}

	@Test
	void unreadableFileReportedOthersLoad() throws IOException {
		ComparisonStore.saveFramework(workspace, SmallFrameworks.local());
		Path broken = workspace.resolve("frameworks/broken/1.xmi");
		Files.createDirectories(broken.getParent());
		Files.writeString(broken, "<?xml version=\"1.0\"?><unterminated");

		ComparisonStore.Saved saved = ComparisonStore.load(workspace);

		assertEquals(1, saved.frameworks().size());
		assertEquals(1, saved.problems().size());
		LoadProblem problem = saved.problems().get(0);
		assertEquals(Path.of("frameworks", "broken", "1.xmi"), problem.file());
	}

	@Test
	void emptyWorkspaceHasNothingSaved() throws IOException {
		ComparisonStore.Saved saved = ComparisonStore.load(workspace);

		assertTrue(saved.frameworks().isEmpty());
		assertTrue(saved.crosswalks().isEmpty());
	}

	@Test
	void idThatIsNoFileNameRejected() {
		Framework framework = SmallFrameworks.local();
		framework.setId("../derby");

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ComparisonStore.saveFramework(workspace, framework));
		assertTrue(e.getMessage().contains("../derby"), e.getMessage());
	}
}
