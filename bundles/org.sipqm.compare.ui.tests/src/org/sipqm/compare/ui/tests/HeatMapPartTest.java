package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.compare.trend.GradeHeatMap;
import org.sipqm.compare.ui.internal.HeatMapPart;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.ui.internal.workspace.WorkspaceService;
import org.sipqm.ui.testing.TestUISynchronize;

/**
 * Renders the heat map into a real SWT shell on the regional sample workspace, as the e4 renderer
 * does, and opens a cell with the part service replaced by a recorder.
 */
class HeatMapPartTest {

	@TempDir
	Path folder;

	private Shell shell;
	private IEclipseContext context;
	private HeatMapPart part;
	private Workspace workspace;
	private final List<Evaluation> opened = new ArrayList<>();

	@BeforeEach
	void openSample() throws Exception {
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(folder.resolve("sample"));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 700);

		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(HeatMapPartTest.class).getBundleContext());
		context = services.createChild(HeatMapPartTest.class.getSimpleName());
		context.set(Composite.class, shell);
		context.set(UISynchronize.class, new TestUISynchronize(shell.getDisplay()));
		WorkspaceService service = ContextInjectionFactory.make(WorkspaceService.class, context);
		context.set(WorkspaceService.class, service);
		service.open(folder.resolve("sample")).join();
		workspace = service.current().orElseThrow();

		part = ContextInjectionFactory.make(HeatMapPart.class, context);
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
	void rowsAreLocalAuthorities() {
		GradeHeatMap expected = GradeHeatMap.of(workspace.evaluations(), part.periods().get(0));
		Table table = part.table();

		assertFalse(expected.localAuthorities().isEmpty());
		assertEquals(expected.localAuthorities().size(), table.getItemCount());
		assertEquals(expected.criteria().size() + 1, table.getColumnCount());
		assertEquals(expected.localAuthorities().get(0).getName(), table.getItem(0).getText(0));
		assertTrue(part.summary().startsWith(expected.localAuthorities().size() + " local authorities by "),
				part.summary());
	}

	@Test
	void cellsShowGradeWithColour() {
		GradeHeatMap expected = GradeHeatMap.of(workspace.evaluations(), part.periods().get(0));
		TableItem row = part.table().getItem(0);
		LocalAuthority authority = expected.localAuthorities().get(0);

		for (int i = 0; i < expected.criteria().size(); i++) {
			var cell = expected.cell(authority, expected.criteria().get(i));
			String text = cell.map(judgement -> String.valueOf(judgement.grade().getValue())).orElse("");
			assertEquals(text, row.getText(i + 1), expected.criteria().get(i));
			if (cell.isPresent()) {
				assertNotNull(row.getBackground(i + 1));
			}
		}
	}

	@Test
	void periodsNewestFirst() {
		var periods = part.periods();

		assertFalse(periods.isEmpty());
		for (int i = 1; i < periods.size(); i++) {
			assertTrue(periods.get(i - 1).compareTo(periods.get(i)) > 0, periods.toString());
		}
		assertEquals(periods.size(), part.periodChoice().getItemCount());
	}

	@Test
	void choosingTermRefillsTable() {
		var periods = part.periods();
		int last = periods.size() - 1;

		part.choosePeriod(last);
		dispatch();

		GradeHeatMap expected = GradeHeatMap.of(workspace.evaluations(), periods.get(last));
		assertEquals(expected.localAuthorities().size(), part.table().getItemCount());
		assertEquals(expected.criteria().size() + 1, part.table().getColumnCount());
	}

	@Test
	void openingCellOpensEvaluation() {
		GradeHeatMap expected = GradeHeatMap.of(workspace.evaluations(), part.periods().get(0));
		LocalAuthority authority = expected.localAuthorities().get(0);
		int column = 0;
		while (expected.cell(authority, expected.criteria().get(column)).isEmpty()) {
			column++;
		}

		part.openCell(authority, column);

		assertEquals(1, opened.size());
		assertSame(expected.cell(authority, expected.criteria().get(column)).orElseThrow().evaluation(), opened.get(0));
	}

	private void dispatch() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs pending events so that the table is laid out.
		}
	}
}
