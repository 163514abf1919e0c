package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.navigator.NavigatorPart;

/**
 * Renders the navigator over workspaces written by the tests: the regional sample of the core
 * bundle, and a small workspace whose support levels, years and terms the test sets.
 */
class NavigatorPartTest {

	private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	static Path folders;

	private static Path sample;
	private static Path small;

	private PartHarness harness;
	private RecordingPartService parts;

	@BeforeAll
	static void writeWorkspaces() throws IOException {
		sample = TestWorkspaces.sample(folders.resolve("sample"));
		small = TestWorkspaces.small(folders.resolve("small"));
	}

	@BeforeEach
	void openShell() {
		harness = new PartHarness(600, 800);
		parts = new RecordingPartService();
		harness.context().set(EPartService.class, parts.proxy());
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void sampleListsLocalAuthorities() {
		TreeViewer viewer = openNavigator(sample);

		TreeItem region = viewer.getTree().getItem(0);
		assertEquals("East Midlands", region.getText());
		List<String> authorities = texts(region.getItems());
		assertEquals(9, authorities.size(), "local authorities: " + authorities);
		assertTrue(authorities.get(0).startsWith("Derby (831) \u2013 "), "first local authority: " + authorities.get(0));
		assertTrue(authorities.stream().allMatch(label -> label.contains(" support")),
				"every local authority should name its support level: " + authorities);
	}

	@Test
	void sampleGroupsEvaluationsByYearAndTerm() {
		TreeViewer viewer = openNavigator(sample);
		TreeItem derbyItem = viewer.getTree().getItem(0).getItem(0);
		LocalAuthority derby = (LocalAuthority) derbyItem.getData();
		List<Evaluation> derbyEvaluations = harness.workspaceService().current().orElseThrow().evaluations().stream()
				.filter(evaluation -> evaluation.getLocalAuthority() == derby)
				.toList();

		List<String> groups = texts(expand(viewer, derbyItem));
		assertEquals(List.of("Schools (" + derby.getSchools().size() + ")", "Evaluations (" + derbyEvaluations.size() + ")"),
				groups);
		TreeItem evaluations = derbyItem.getItem(1);
		assertEquals(List.of("2007/08"), texts(expand(viewer, evaluations)));
		TreeItem year = evaluations.getItem(0);
		assertEquals(List.of("Autumn term", "Spring term", "Summer term"), texts(expand(viewer, year)));

		TreeItem[] autumn = expand(viewer, year.getItem(0));
		long autumnCount = derbyEvaluations.stream().filter(evaluation -> evaluation.getTerm() == Term.AUTUMN).count();
		assertEquals(autumnCount, autumn.length, "autumn evaluations: " + texts(autumn));
		LocalDate previous = LocalDate.MIN;
		for (TreeItem item : autumn) {
			Evaluation evaluation = (Evaluation) item.getData();
			assertEquals(SipqmLabels.evaluation(evaluation), item.getText());
			assertTrue(!evaluation.getDate().isBefore(previous), "evaluations should be in date order: " + texts(autumn));
			previous = evaluation.getDate();
		}
	}

	@Test
	void supportLevelOfLatestTerm() {
		TreeViewer viewer = openNavigator(small);

		List<String> authorities = texts(viewer.getTree().getItem(0).getItems());
		assertEquals(List.of("Ashby (901) \u2013 universal support",
				"Barford (902) \u2013 intensive support (primary), targeted support (secondary)", "Carlton (903)"),
				authorities);
	}

	@Test
	void yearsNewestFirstEvaluationsByDate() {
		TreeViewer viewer = openNavigator(small);
		TreeItem ashby = viewer.getTree().getItem(0).getItem(0);
		expand(viewer, ashby);

		TreeItem[] years = expand(viewer, ashby.getItem(1));
		assertEquals(List.of("2008/09", "2007/08"), texts(years));
		assertEquals(List.of("Autumn term", "Spring term"), texts(expand(viewer, years[1])));
		TreeItem[] autumn = expand(viewer, years[1].getItem(0));
		assertEquals(List.of("hd-2", "hd-1"), Arrays.stream(autumn).map(item -> ((Evaluation) item.getData()).getId()).toList());
	}

	@Test
	void schoolsNameTheirPartner() {
		TreeViewer viewer = openNavigator(small);
		TreeItem ashby = viewer.getTree().getItem(0).getItem(0);
		expand(viewer, ashby);

		assertEquals(List.of("Ashby Green Primary School (URN 990101) \u2013 SIP: Philippa Marsh",
				"Ashby Vale School (URN 990102) \u2013 no SIP attached"), texts(expand(viewer, ashby.getItem(0))));
	}

	@Test
	void unknownAuthorityGroupedApart() {
		TreeViewer viewer = openNavigator(small);

		TreeItem[] roots = viewer.getTree().getItems();
		assertEquals(List.of("Test Region", "Evaluations without a known local authority (1)"), texts(roots));
		TreeItem[] years = expand(viewer, roots[1]);
		TreeItem[] terms = expand(viewer, years[0]);
		TreeItem[] evaluations = expand(viewer, terms[0]);
		assertEquals("tr-999", ((Evaluation) evaluations[0].getData()).getId());
	}

	@Test
	void enterOpensEvaluationPart() {
		TreeViewer viewer = openNavigator(small);
		Workspace workspace = harness.workspaceService().current().orElseThrow();
		Evaluation evaluation = workspace.evaluations().stream().filter(e -> e.getId().equals("hd-3")).findFirst()
				.orElseThrow();

		viewer.setSelection(new StructuredSelection(evaluation), true);
		viewer.getTree().notifyListeners(SWT.DefaultSelection, new Event());
		harness.dispatchEvents();

		assertEquals(1, parts.shown.size(), "parts shown");
		assertEquals(EvaluationEditors.DESCRIPTOR_ID, parts.shown.get(0).getElementId());
		assertSame(evaluation, EvaluationEditors.evaluationOf(parts.shown.get(0)));
		assertEquals("Ashby Green Primary School \u2013 schedule 2, Spring term 2007/08", parts.shown.get(0).getLabel());
	}

	@Test
	void selectionReachesSelectionService() {
		List<Object> published = new java.util.ArrayList<>();
		harness.context().set(ESelectionService.class, (ESelectionService) java.lang.reflect.Proxy.newProxyInstance(
				ESelectionService.class.getClassLoader(), new Class<?>[] { ESelectionService.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("setSelection")) {
						published.add(arguments[0]);
					}
					return null;
				}));
		TreeViewer viewer = openNavigator(small);
		Evaluation evaluation = harness.workspaceService().current().orElseThrow().evaluations().get(0);

		viewer.setSelection(new StructuredSelection(evaluation), true);

		assertTrue(published.stream().anyMatch(selection -> selection instanceof StructuredSelection structured
				&& structured.getFirstElement() == evaluation), "published: " + published);
	}

	@Test
	void openingTwiceReusesPart() {
		TreeViewer viewer = openNavigator(small);
		Evaluation evaluation = harness.workspaceService().current().orElseThrow().evaluations().get(0);

		for (int i = 0; i < 2; i++) {
			viewer.setSelection(new StructuredSelection(evaluation), true);
			viewer.getTree().notifyListeners(SWT.DefaultSelection, new Event());
		}

		assertEquals(1, parts.created.size(), "parts created");
		assertEquals(1, parts.shown.size(), "parts shown");
	}

	@Test
	void loadEventShowsWorkspace() {
		NavigatorPart navigator = harness.make(NavigatorPart.class);
		assertEquals(0, navigator.getViewer().getTree().getItemCount(), "no workspace is open yet");

		harness.workspaceService().open(small);
		harness.waitUntil("the navigator shows the workspace", () -> navigator.getViewer().getTree().getItemCount() > 0,
				LOAD_TIMEOUT);

		assertEquals("Test Region", navigator.getViewer().getTree().getItem(0).getText());
	}

	/** Loads the folder through the workspace service, then renders the navigator. */
	private TreeViewer openNavigator(Path folder) {
		try {
			harness.workspaceService().open(folder).join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		assertNotNull(harness.workspaceService().current().orElse(null), "the workspace should have loaded");
		NavigatorPart navigator = harness.make(NavigatorPart.class);
		return navigator.getViewer();
	}

	/** Expands the item as a user would, which makes the viewer create its children. */
	private TreeItem[] expand(TreeViewer viewer, TreeItem item) {
		viewer.expandToLevel(item.getData(), 1);
		harness.dispatchEvents();
		return item.getItems();
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}
}
