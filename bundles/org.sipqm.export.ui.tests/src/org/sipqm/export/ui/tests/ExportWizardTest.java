package org.sipqm.export.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.export.ui.internal.ExportChoices;
import org.sipqm.export.ui.internal.ExportHandler;
import org.sipqm.export.ui.internal.ExportOperation;
import org.sipqm.export.ui.internal.ExportWizard;
import org.sipqm.export.ui.internal.SummaryText;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Term;

class ExportWizardTest {

	private static final List<String> NOTE_AND_WORKBOOK = List.of("org.sipqm.export.noteOfVisit.pdf",
			"org.sipqm.export.regionalSummary.xlsx");

	@TempDir
	static Path sampleFolder;

	private static Workspace workspace;

	private Shell shell;

	@BeforeAll
	static void generateSample() throws IOException {
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(sampleFolder.resolve("sample"));
		workspace = WorkspaceStore.open(sampleFolder.resolve("sample"));
	}

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	@Test
	void wizardExportsChosenEvaluations(@TempDir Path output) throws IOException {
		AtomicReference<ExportOperation> summarised = new AtomicReference<>();
		ExportWizard wizard = new ExportWizard(new ExportChoices(workspace, List.of()), summarised::set);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.create();

		wizard.evaluationsPage().chooseByFilter(new EvaluationFilter("la-831", "2007/08", Term.SPRING, null));
		assertTrue(wizard.evaluationsPage().isPageComplete());
		dialog.showPage(wizard.formatPage());
		assertFalse(wizard.canFinish(), "no document, audience and folder chosen yet");
		wizard.formatPage().choose(NOTE_AND_WORKBOOK, Audience.SHARED, output.resolve("exports"));
		assertTrue(wizard.canFinish(), wizard.formatPage().getErrorMessage());

		assertTrue(wizard.performFinish());

		ExportReport report = summarised.get().report();
		assertTrue(report.succeeded(), report.toString());
		List<String> names = names(output.resolve("exports"));
		assertEquals(List.of("regional-summary-la-831-2007-08-spring.xlsx", "se-831-2007-08-spring-note-of-visit.pdf",
				"sv-831-2007-08-spring-01-note-of-visit.pdf", "sv-831-2007-08-spring-02-note-of-visit.pdf"), names);
		String summary = SummaryText.of(report, output.resolve("exports"));
		for (String name : names) {
			assertTrue(summary.contains(name), summary);
		}
		assertTrue(summary.contains(": 4"), summary);
		dialog.close();
	}

	@Test
	void withoutNavigatorSelectionAllEvaluationsAreChosen() {
		ExportChoices choices = new ExportChoices(workspace, List.of());
		ExportWizard wizard = new ExportWizard(choices, operation -> {
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.create();

		assertFalse(choices.useSelection());
		assertTrue(wizard.evaluationsPage().isPageComplete());
		assertEquals(workspace.evaluations(), choices.evaluations());
		assertNull(wizard.evaluationsPage().getErrorMessage());
		dialog.close();
	}

	@Test
	void formatPageStartsWithPromptNotError() {
		ExportWizard wizard = new ExportWizard(new ExportChoices(workspace, List.of()), operation -> {
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.create();
		dialog.showPage(wizard.formatPage());

		assertNull(wizard.formatPage().getErrorMessage());
		assertEquals("Choose at least one kind of document.", wizard.formatPage().getMessage());
		assertFalse(wizard.canFinish());
		dialog.close();
	}

	@Test
	void formatPageRejectsFileAsFolder(@TempDir Path output) throws IOException {
		Path file = Files.writeString(output.resolve("not-a-folder.txt"), "in the way");
		ExportWizard wizard = new ExportWizard(new ExportChoices(workspace, List.of()), operation -> {
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.create();
		dialog.showPage(wizard.formatPage());

		wizard.formatPage().choose(NOTE_AND_WORKBOOK, Audience.INTERNAL, file);

		assertFalse(wizard.canFinish());
		assertTrue(wizard.formatPage().getErrorMessage().contains("not-a-folder.txt"));
		dialog.close();
	}

	@Test
	void navigatorSelectionPreselectsEvaluations() {
		List<Evaluation> chosen = workspace.evaluations().subList(0, 3);
		Object[] selected = { chosen.get(0), "a folder of the tree", chosen.get(1), chosen.get(2) };

		List<Evaluation> evaluations = ExportHandler.evaluations(new StructuredSelection(selected));

		assertEquals(chosen, evaluations);
		ExportChoices choices = new ExportChoices(workspace, evaluations);
		assertTrue(choices.useSelection());
		assertEquals(chosen, choices.evaluations());
	}

	@Test
	void cancelledOperationLeavesOnlyCompleteFiles(@TempDir Path output) throws IOException {
		List<Evaluation> visits = new EvaluationFilter(null, null, null, 3).select(workspace);
		ExportOperation operation = new ExportOperation(
				List.of(ExporterRegistry.getDefault().find("org.sipqm.export.noteOfVisit.html").orElseThrow()),
				new org.sipqm.export.ExportRequest(workspace, visits, Audience.SHARED), output);
		AtomicInteger files = new AtomicInteger();
		NullProgressMonitor cancelAfterTwo = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (files.incrementAndGet() > 2) {
					setCanceled(true);
				}
			}
		};

		operation.run(cancelAfterTwo);

		assertTrue(operation.report().cancelled());
		assertEquals(2, operation.report().written().size());
		assertEquals(2, names(output).size(), names(output).toString());
		assertTrue(SummaryText.of(operation.report(), output).contains("cancelled"));
	}

	@Test
	void operationWithoutRunHasNoReport() {
		ExportOperation operation = new ExportOperation(List.of(),
				new org.sipqm.export.ExportRequest(workspace, List.of(), Audience.SHARED), Path.of("unused"));

		assertNull(operation.report());
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
