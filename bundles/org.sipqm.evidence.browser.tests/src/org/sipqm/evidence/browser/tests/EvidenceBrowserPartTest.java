package org.sipqm.evidence.browser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceFilter;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.evidence.browser.internal.EvidenceBrowserPart;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.ui.internal.workspace.WorkspaceService;
import org.sipqm.ui.testing.TestUISynchronize;

/**
 * Renders the evidence browser into a real SWT shell on the regional sample workspace, the way the
 * e4 renderer does. The tests drive it as a user would, by typing in the search field, choosing a
 * filter, clicking a header, opening a row and dropping files. The part service, the dialogues and the
 * system's programs are replaced by recorders.
 */
class EvidenceBrowserPartTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path folder;

	@TempDir
	Path downloads;

	private Shell shell;
	private IEclipseContext context;
	private EvidenceBrowserPart part;
	private Workspace workspace;
	private final List<String> errors = new ArrayList<>();
	private final List<Object[]> opened = new ArrayList<>();

	@BeforeEach
	void openSample() throws Exception {
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(folder.resolve("sample"));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 700);

		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(EvidenceBrowserPartTest.class).getBundleContext());
		context = services.createChild(EvidenceBrowserPartTest.class.getSimpleName());
		context.set(Composite.class, shell);
		context.set(UISynchronize.class, new TestUISynchronize(shell.getDisplay()));
		WorkspaceService service = ContextInjectionFactory.make(WorkspaceService.class, context);
		context.set(WorkspaceService.class, service);
		service.open(folder.resolve("sample")).join();
		workspace = service.current().orElseThrow();

		part = ContextInjectionFactory.make(EvidenceBrowserPart.class, context);
		part.setErrorReporter((title, message) -> errors.add(title + ": " + message));
		part.setOpener((evaluation, element) -> opened.add(new Object[] { evaluation, element }));
		shell.open();
		waitUntil("the evidence is indexed", () -> part.index() != null);
	}

	@AfterEach
	void close() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void showsEveryItemWithCount() {
		int total = part.index().size();

		assertEquals(total, table().getItemCount());
		assertTrue(part.countLine().startsWith(number(total) + " of " + number(total) + " evidence items, "),
				part.countLine());
		assertTrue(part.countLine().endsWith(" restricted"), part.countLine());
	}

	@Test
	void filtersAsUserTypes() {
		String word = "governors";
		for (int length = 1; length <= word.length(); length++) {
			part.searchField().setText(word.substring(0, length));
			dispatch();

			int expected = part.index().query(EvidenceFilter.ALL.withText(word.substring(0, length)), null, true).count();
			assertEquals(expected, table().getItemCount(), "after typing " + word.substring(0, length));
			assertTrue(part.countLine().startsWith(number(expected) + " of " + number(part.index().size())),
					part.countLine());
		}
	}

	@Test
	void filtersByLocalAuthority() {
		String derby = part.index().entries().stream().filter(entry -> entry.localAuthority().equals("Derby"))
				.findFirst().orElseThrow().localAuthorityId();

		part.selectLocalAuthority(derby);
		dispatch();

		assertTrue(table().getItemCount() > 0);
		for (int row = 0; row < table().getItemCount(); row++) {
			assertEquals("Derby", entry(row).localAuthority());
		}
	}

	@Test
	void headerClickSortsByTitle() {
		TableColumn title = table().getColumn(0);

		title.notifyListeners(SWT.Selection, new Event());
		dispatch();

		assertEquals(title, table().getSortColumn());
		assertEquals(SWT.UP, table().getSortDirection());
		assertTrue(entry(0).title().compareToIgnoreCase(entry(1).title()) <= 0);

		title.notifyListeners(SWT.Selection, new Event());
		dispatch();

		assertEquals(SWT.DOWN, table().getSortDirection());
		assertTrue(entry(0).title().compareToIgnoreCase(entry(1).title()) >= 0);
	}

	@Test
	void restrictedItemsMarked() {
		int restrictedColumn = table().getColumnCount() - 1;
		for (int row = 0; row < table().getItemCount(); row++) {
			if (entry(row).restricted()) {
				assertEquals("Restricted", table().getItem(row).getText(restrictedColumn));
				assertNotNull(table().getItem(row).getImage(restrictedColumn));
				return;
			}
		}
		fail("the sample has no restricted evidence item");
	}

	@Test
	void openLeadsToEvaluationAndJudgement() {
		EvidenceEntry entry = firstWith(candidate -> !candidate.judgements().isEmpty());
		part.evidenceViewer().setSelection(new StructuredSelection(entry), true);

		part.openSelected();

		assertEquals(1, opened.size());
		assertEquals(entry.evaluation(), opened.get(0)[0]);
		assertEquals(entry.judgements().get(0), opened.get(0)[1]);
	}

	@Test
	void enterOpensSelectedRow() {
		EvidenceEntry entry = part.index().entries().get(0);
		part.evidenceViewer().setSelection(new StructuredSelection(entry), true);
		table().setFocus();

		table().notifyListeners(SWT.DefaultSelection, new Event());
		waitUntil("the row opens", () -> !opened.isEmpty());

		assertEquals(entry.evaluation(), opened.get(0)[0]);
	}

	@Test
	void attachmentOpensInsideWorkspace() {
		EvidenceEntry entry = firstWith(candidate -> !candidate.attachment().isEmpty());
		part.evidenceViewer().setSelection(new StructuredSelection(entry), true);
		List<Path> launched = new ArrayList<>();
		part.setLauncher(file -> launched.add(file));

		part.openAttachment();

		assertEquals(List.of(workspace.root().resolve(entry.attachment())), launched);
		assertEquals(List.of(), errors);
	}

	@Test
	void droppedFileBecomesEvidenceOfSelectedEvaluation() throws IOException {
		EvidenceEntry entry = part.index().entries().get(0);
		part.evidenceViewer().setSelection(new StructuredSelection(entry), true);
		int before = part.index().size();
		Path file = Files.writeString(downloads.resolve("Minutes of the steering group.txt"), "Minutes");

		List<EvidenceItem> added = part.drop(List.of(file));
		dispatch();

		assertEquals(List.of(), errors);
		assertEquals(1, added.size());
		assertEquals(before + 1, part.index().size());
		assertEquals(before + 1, table().getItemCount());
		assertEquals(entry.evaluation(), added.get(0).eContainer());
		assertTrue(Files.isRegularFile(workspace.root().resolve(added.get(0).getAttachment())));
		assertEquals(added.get(0), ((EvidenceEntry) part.evidenceViewer().getStructuredSelection().getFirstElement())
				.item());

		Workspace reopened = WorkspaceStore.open(workspace.root());
		Evaluation saved = reopened.evaluations().stream()
				.filter(evaluation -> evaluation.getId().equals(entry.evaluation().getId())).findFirst().orElseThrow();
		assertTrue(saved.getEvidence().stream().anyMatch(item -> item.getId().equals(added.get(0).getId())));
	}

	@Test
	void dropWithoutSelectionAsksForEvaluation() throws IOException {
		Evaluation target = workspace.evaluations().get(3);
		List<List<Evaluation>> asked = new ArrayList<>();
		part.setChooser((unused, evaluations) -> {
			asked.add(evaluations);
			return target;
		});
		Path file = Files.writeString(downloads.resolve("plan.txt"), "Plan");

		List<EvidenceItem> added = part.drop(List.of(file));

		assertEquals(1, asked.size());
		assertEquals(target, added.get(0).eContainer());
	}

	@Test
	void cancelledChoiceAddsNothing() throws IOException {
		part.setChooser((unused, evaluations) -> null);
		int before = part.index().size();

		List<EvidenceItem> added = part.drop(List.of(Files.writeString(downloads.resolve("plan.txt"), "Plan")));

		assertEquals(List.of(), added);
		assertEquals(before, part.index().size());
	}

	@Test
	void droppedFolderReported() {
		part.evidenceViewer().setSelection(new StructuredSelection(part.index().entries().get(0)), true);

		List<EvidenceItem> added = part.drop(List.of(downloads));

		assertEquals(List.of(), added);
		assertEquals(List.of("Evidence Not Added: " + downloads + " is not a file that can be read, so it was not added"
				+ " as evidence. Choose a file, not a folder."), errors);
	}

	@Test
	void gapModeListsTooLittleEvidence() {
		part.gapModeButton().setSelection(true);
		part.gapModeButton().notifyListeners(SWT.Selection, new Event());
		dispatch();

		Table gaps = part.gapViewer().getTable();
		assertTrue(gaps.isVisible());
		assertFalse(table().isVisible());
		assertTrue(gaps.getItemCount() > 0);
		assertTrue(part.countLine().contains(" judgements with evidence too weak for their grade, "), part.countLine());
		assertTrue(List.of("Evidence too weak for the grade", "No evidence for the criterion")
				.contains(gaps.getItem(0).getText(0)), gaps.getItem(0).getText(0));
		assertEquals(List.of(), errors);
	}

	private Table table() {
		return part.evidenceViewer().getTable();
	}

	/** Returns the entry of a row. Asking a virtual table's item for its text makes the table fill it. */
	private EvidenceEntry entry(int row) {
		table().getItem(row).getText(0);
		return (EvidenceEntry) table().getItem(row).getData();
	}

	private EvidenceEntry firstWith(java.util.function.Predicate<EvidenceEntry> condition) {
		return part.index().entries().stream().filter(condition).findFirst().orElseThrow();
	}

	private static String number(long value) {
		return String.format(java.util.Locale.UK, "%,d", value);
	}

	private void dispatch() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs every pending event, such as paints and asynchronous runnables.
		}
	}

	private void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what);
			}
			if (!shell.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while waiting for the display", e);
				}
			}
		}
	}
}
