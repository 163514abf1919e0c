package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;
import org.sipqm.ui.internal.problems.ProblemsPart;

/**
 * Renders the Problems view over the regional sample workspace, whose evidence gives warnings,
 * and checks it against the validator that the command line's {@code validate} uses.
 */
class ProblemsPartTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	static Path folders;

	private static Path sample;

	private PartHarness harness;
	private RecordingPartService parts;

	@BeforeAll
	static void writeSample() throws IOException {
		sample = TestWorkspaces.sample(folders.resolve("sample"));
	}

	@BeforeEach
	void openShell() {
		harness = new PartHarness(1200, 600);
		parts = new RecordingPartService();
		harness.context().set(EPartService.class, parts.proxy());
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void listsEveryDiagnosticOfValidator() {
		ProblemsPart problems = openProblems();
		List<WorkspaceDiagnostic> expected = validateCurrent();
		long warnings = expected.stream().filter(diagnostic -> diagnostic.severity() == Severity.WARNING).count();

		assertTrue(warnings > 0, "the sample should give warnings");
		assertEquals(expected.size(), problems.getViewer().getTable().getItemCount());
		assertEquals("0 errors, " + warnings + " warnings, 0 information messages", problems.getStatus().getText());
		List<String> shownMessages = column(problems.getViewer().getTable(), 2);
		for (WorkspaceDiagnostic diagnostic : expected) {
			assertTrue(shownMessages.contains(diagnostic.message()), "the view should list " + diagnostic);
		}
	}

	@Test
	void rowShowsSeverityRuleFileAndElement() {
		ProblemsPart problems = openProblems();
		TableItem row = problems.getViewer().getTable().getItem(0);
		WorkspaceDiagnostic diagnostic = (WorkspaceDiagnostic) row.getData();

		assertEquals("Warning", row.getText(0));
		assertNotNull(row.getImage(0), "the severity column should show an icon");
		assertEquals(diagnostic.ruleId(), row.getText(1));
		assertEquals(diagnostic.message(), row.getText(2));
		assertTrue(row.getText(3).startsWith("evaluations/"), row.getText(3));
		assertEquals(diagnostic.elementLabel(), row.getText(4));
	}

	@Test
	void messageToolTipWrapsFullText() {
		ProblemsPart problems = openProblems();
		WorkspaceDiagnostic diagnostic = (WorkspaceDiagnostic) problems.getViewer().getTable().getItem(0).getData();
		ColumnLabelProvider messages = (ColumnLabelProvider) problems.getViewer().getLabelProvider(2);

		String toolTip = messages.getToolTipText(diagnostic);
		assertEquals(diagnostic.message(), toolTip.replace('\n', ' '));
		for (String line : toolTip.split("\n")) {
			assertTrue(line.length() <= 100, "tool tip line too long: " + line);
		}
	}

	@Test
	void severityFilterHidesOtherSeverities() {
		ProblemsPart problems = openProblems();
		int all = problems.getViewer().getTable().getItemCount();

		selectFilter(problems, "Errors");
		assertEquals(0, problems.getViewer().getTable().getItemCount());
		assertTrue(problems.getStatus().getText().endsWith("(showing 0)"), problems.getStatus().getText());

		selectFilter(problems, "Warnings");
		assertEquals(all, problems.getViewer().getTable().getItemCount());

		selectFilter(problems, "All severities");
		assertEquals(all, problems.getViewer().getTable().getItemCount());
		assertFalse(problems.getStatus().getText().contains("showing"), problems.getStatus().getText());
	}

	@Test
	void columnHeaderSortsBothWays() {
		ProblemsPart problems = openProblems();
		Table table = problems.getViewer().getTable();

		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		List<String> ascending = column(table, 2);
		List<String> expected = new ArrayList<>(ascending);
		expected.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(expected, ascending);
		assertEquals(SWT.UP, table.getSortDirection());

		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		List<String> descending = column(table, 2);
		expected.sort(Comparator.comparing((String message) -> message, String.CASE_INSENSITIVE_ORDER).reversed());
		assertEquals(expected, descending);
		assertEquals(SWT.DOWN, table.getSortDirection());
	}

	@Test
	void enterOpensEvaluationOfRow() {
		ProblemsPart problems = openProblems();
		Table table = problems.getViewer().getTable();
		table.setSelection(0);
		WorkspaceDiagnostic diagnostic = (WorkspaceDiagnostic) table.getItem(0).getData();

		// SWT sends DefaultSelection for Enter and for a double-click.
		table.notifyListeners(SWT.DefaultSelection, new Event());
		harness.dispatchEvents();

		assertEquals(1, parts.shown.size(), "Enter should open one evaluation");
		MPart part = parts.shown.get(0);
		assertEquals(EvaluationReveal.evaluationOf(diagnostic.element()), EvaluationEditors.evaluationOf(part));
	}

	@Test
	void reloadValidatesAgain() {
		ProblemsPart problems = openProblems();
		Workspace first = harness.workspaceService().current().orElseThrow();

		harness.workspaceService().open(sample);
		harness.waitUntil("the second load", () -> harness.workspaceService().current().orElseThrow() != first,
				TIMEOUT);
		harness.waitUntil("the second validation", () -> !problems.isValidating()
				&& problems.getViewer().getTable().getItemCount() > 0 && firstRowResourceSet(problems)
						== harness.workspaceService().current().orElseThrow().resourceSet(), TIMEOUT);

		assertEquals(validateCurrent().size(), problems.getViewer().getTable().getItemCount());
	}

	private static Object firstRowResourceSet(ProblemsPart problems) {
		WorkspaceDiagnostic shown = (WorkspaceDiagnostic) problems.getViewer().getTable().getItem(0).getData();
		return shown.element().eResource().getResourceSet();
	}

	/** Creates the view before any workspace is open, then opens the sample and waits for the rows. */
	private ProblemsPart openProblems() {
		ProblemsPart problems = harness.make(ProblemsPart.class);
		assertEquals("No workspace is open. Choose File > Open Workspace\u2026 to validate one.",
				problems.getStatus().getText());
		harness.workspaceService().open(sample);
		harness.waitUntil("the view lists the sample's diagnostics",
				() -> harness.workspaceService().current().isPresent() && !problems.isValidating()
						&& problems.getViewer().getTable().getItemCount() > 0,
				TIMEOUT);
		return problems;
	}

	private List<WorkspaceDiagnostic> validateCurrent() {
		return WorkspaceValidator.withDefaultRules().validate(harness.workspaceService().current().orElseThrow());
	}

	private void selectFilter(ProblemsPart problems, String entry) {
		problems.getSeverityFilter().select(problems.getSeverityFilter().indexOf(entry));
		problems.getSeverityFilter().notifyListeners(SWT.Selection, new Event());
	}

	private static List<String> column(Table table, int index) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(index));
		}
		return texts;
	}
}
