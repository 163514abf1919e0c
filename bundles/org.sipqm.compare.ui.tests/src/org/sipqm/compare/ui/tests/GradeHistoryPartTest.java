package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.compare.trend.GradeHistory;
import org.sipqm.compare.trend.GradeHistory.Cell;
import org.sipqm.compare.trend.GradeHistory.Change;
import org.sipqm.compare.trend.GradedJudgement;
import org.sipqm.compare.trend.Period;
import org.sipqm.compare.ui.internal.GradeHistoryPart;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.ui.internal.workspace.WorkspaceService;
import org.sipqm.ui.testing.TestUISynchronize;

/**
 * Renders the grades-over-time view into a real SWT shell of 1024 by 768 pixels on the regional
 * sample workspace, as the e4 renderer does, and opens a cell with the part service replaced by a
 * recorder.
 */
class GradeHistoryPartTest {

	@TempDir
	Path folder;

	private Shell shell;
	private IEclipseContext context;
	private GradeHistoryPart part;
	private Workspace workspace;
	private final List<GradedJudgement> opened = new ArrayList<>();

	@BeforeEach
	void openSample() throws Exception {
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(folder.resolve("sample"));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1024, 768);

		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(GradeHistoryPartTest.class).getBundleContext());
		context = services.createChild(GradeHistoryPartTest.class.getSimpleName());
		context.set(Composite.class, shell);
		context.set(UISynchronize.class, new TestUISynchronize(shell.getDisplay()));
		WorkspaceService service = ContextInjectionFactory.make(WorkspaceService.class, context);
		context.set(WorkspaceService.class, service);
		service.open(folder.resolve("sample")).join();
		workspace = service.current().orElseThrow();

		part = ContextInjectionFactory.make(GradeHistoryPart.class, context);
		part.setOpener(opened::add);
		shell.open();
		dispatch();
	}

	@AfterEach
	void close() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void authoritiesByName() {
		List<String> names = part.authorities().stream().map(LocalAuthority::getName).toList();

		assertFalse(names.isEmpty());
		assertEquals(names.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList(), names);
	}

	@Test
	void termsInChronologicalOrder() {
		GradeHistory history = part.history();
		List<Period> periods = history.periods();

		assertTrue(periods.size() >= 2, "the sample has several terms: " + periods);
		assertEquals(periods.size() + 1, part.table().getColumnCount());
		for (int i = 1; i < periods.size(); i++) {
			assertTrue(periods.get(i - 1).compareTo(periods.get(i)) < 0, periods.toString());
		}
		assertEquals("Autumn term 2007/08", part.table().getColumn(1).getText());
		assertEquals("Criterion", part.table().getColumn(0).getText());
		assertEquals(history.rows().size(), part.table().getItemCount());
		assertTrue(part.summary().startsWith(history.rows().size() + " criteria over " + periods.size() + " terms"),
				part.summary());
	}

	@Test
	void changeMarkedWithArrowAndDescription() {
		Found change = firstChange(part.history());
		TableItem item = part.table().getItem(change.row());
		Cell cell = change.cell();
		int previousIndex = part.history().rows().get(change.row()).previousGraded(change.period()).orElseThrow();

		// The grades of both terms, read from the evaluations rather than from the history.
		LocalAuthority authority = part.authorities().get(0);
		String criterion = part.history().rows().get(change.row()).criterion();
		Grade now = latestGrade(authority, part.history().periods().get(change.period()), criterion);
		Grade before = latestGrade(authority, part.history().periods().get(previousIndex), criterion);
		boolean better = now.getValue() < before.getValue();
		assertEquals(better ? Change.IMPROVED : Change.DECLINED, cell.change());

		String text = item.getText(change.period() + 1);
		assertEquals(now.getValue() + (better ? " \u2191" : " \u2193"), text);
		assertNotNull(item.getBackground(change.period() + 1));

		part.focusCell(change.row(), change.period() + 1);
		dispatch();
		String description = part.cellDescription();
		assertTrue(description.contains(better ? "better than" : "worse than"), description);
		assertTrue(description.contains(part.table().getColumn(previousIndex + 1).getText()), description);
		assertTrue(description.startsWith(CriterionUri.parse(criterion).code() + " (schedule "), description);
	}

	@Test
	void unchangedGradeHasNoArrow() {
		GradeHistory history = part.history();
		for (int row = 0; row < history.rows().size(); row++) {
			List<Optional<Cell>> cells = history.rows().get(row).cells();
			for (int period = 0; period < cells.size(); period++) {
				Optional<Cell> cell = cells.get(period);
				String text = part.table().getItem(row).getText(period + 1);
				if (cell.isEmpty()) {
					assertEquals("", text);
				} else if (cell.get().change() == Change.SAME || cell.get().change() == Change.FIRST) {
					assertEquals(String.valueOf(cell.get().judgement().grade().getValue()), text);
				}
			}
		}
	}

	@Test
	void enterOpensJudgement() {
		Found change = firstChange(part.history());

		part.focusCell(change.row(), change.period() + 1);
		part.table().notifyListeners(SWT.KeyDown, enter());

		assertEquals(1, opened.size());
		assertSame(change.cell().judgement().judgement(), opened.get(0).judgement());
	}

	@Test
	void doubleClickOpensJudgement() {
		Found change = firstChange(part.history());
		Rectangle bounds = part.table().getItem(change.row()).getBounds(change.period() + 1);
		Event click = new Event();
		click.x = bounds.x + bounds.width / 2;
		click.y = bounds.y + bounds.height / 2;
		click.button = 1;

		part.table().notifyListeners(SWT.MouseDoubleClick, click);

		assertEquals(1, opened.size());
		assertSame(change.cell().judgement().judgement(), opened.get(0).judgement());
	}

	@Test
	void criterionColumnOpensNothing() {
		part.focusCell(0, 0);
		part.table().notifyListeners(SWT.KeyDown, enter());

		assertEquals(List.of(), opened);
	}

	@Test
	void scheduleLimitsCriteria() {
		part.chooseSchedule(4);
		dispatch();

		assertFalse(part.history().rows().isEmpty());
		for (GradeHistory.Row row : part.history().rows()) {
			assertEquals(4, CriterionUri.parse(row.criterion()).schedule(), row.criterion());
		}
		assertEquals(part.history().rows().size(), part.table().getItemCount());
	}

	@Test
	void otherAuthorityRefillsTable() {
		part.chooseAuthority(1);
		dispatch();

		GradeHistory expected = GradeHistory.of(workspace.evaluations(), part.authorities().get(1));
		assertEquals(expected.rows().size(), part.table().getItemCount());
		assertEquals(expected.periods().size() + 1, part.table().getColumnCount());
	}

	private Grade latestGrade(LocalAuthority authority, Period period, String criterion) {
		return workspace.evaluations().stream()
				.filter(evaluation -> evaluation.getLocalAuthority() == authority)
				.filter(evaluation -> Objects.equals(period.academicYear(), evaluation.getAcademicYear())
						&& period.term() == evaluation.getTerm())
				.sorted(Comparator.comparing(Evaluation::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
				.flatMap(evaluation -> evaluation.getJudgements().stream())
				.filter(judgement -> criterion.equals(judgement.getCriterion()) && !judgement.isNotEvaluated()
						&& judgement.getGrade() != null && judgement.getGrade() != Grade.NOT_JUDGED)
				.map(Judgement::getGrade)
				.reduce((first, second) -> second)
				.orElseThrow(() -> new AssertionError("no grade for " + criterion + " in " + period));
	}

	private static Found firstChange(GradeHistory history) {
		for (int row = 0; row < history.rows().size(); row++) {
			List<Optional<Cell>> cells = history.rows().get(row).cells();
			for (int period = 0; period < cells.size(); period++) {
				Optional<Cell> cell = cells.get(period);
				if (cell.isPresent() && (cell.get().change() == Change.IMPROVED || cell.get().change() == Change.DECLINED)) {
					return new Found(row, period, cell.get());
				}
			}
		}
		throw new AssertionError("the sample's first local authority has no change of grade");
	}

	private static Event enter() {
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = '\r';
		return enter;
	}

	private record Found(int row, int period, Cell cell) {
	}

	private void dispatch() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs pending events so that the table is laid out.
		}
	}
}
