package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.ExportScope;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.Exporter;
import org.sipqm.export.internal.ContributedExporter;
import org.sipqm.export.internal.ExportRun;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Term;

class FolderExportTest {

	private static Workspace workspace;

	@BeforeAll
	static void openSample() {
		workspace = SampleWorkspace.open();
	}

	@Test
	void writesOneFilePerEvaluation(@TempDir Path folder) throws Exception {
		List<Evaluation> autumn = new EvaluationFilter("831", "2007/08", Term.AUTUMN, 3).select(workspace);

		ExportReport report = Outputs.exporter("org.sipqm.export.noteOfVisit.pdf")
				.export(new ExportRequest(workspace, autumn, Audience.SHARED), folder.resolve("out"), ExportMonitor.NONE);

		assertTrue(report.succeeded(), report.toString());
		assertEquals(autumn.size(), report.written().size());
		for (int i = 0; i < autumn.size(); i++) {
			Path file = report.written().get(i).file();
			assertEquals(autumn.get(i).getId() + "-note-of-visit.pdf", file.getFileName().toString());
			assertTrue(Outputs.pdf(Files.readAllBytes(file)).pages() >= 1, file.toString());
		}
		assertEquals(List.of(), temporaryFiles(folder));
	}

	@Test
	void namesSelectionFileAfterSharedValues(@TempDir Path folder) {
		List<Evaluation> autumn = new EvaluationFilter(null, "2007/08", Term.AUTUMN, null).select(workspace);

		ExportReport report = Outputs.exporter("org.sipqm.export.regionalSummary.xlsx")
				.export(new ExportRequest(workspace, autumn, Audience.INTERNAL), folder, ExportMonitor.NONE);

		assertEquals("regional-summary-2007-08-autumn.xlsx", report.written().get(0).file().getFileName().toString());
	}

	@Test
	void cancelledExportKeepsOnlyCompleteFiles(@TempDir Path folder) throws Exception {
		List<Evaluation> visits = new EvaluationFilter(null, null, null, 3).select(workspace);
		AtomicInteger subTasks = new AtomicInteger();
		ExportMonitor cancelAfterTwo = new ExportMonitor() {
			@Override
			public void subTask(String name) {
				subTasks.incrementAndGet();
			}

			@Override
			public boolean isCancelled() {
				return subTasks.get() > 2;
			}
		};

		ExportReport report = Outputs.exporter("org.sipqm.export.noteOfVisit.pdf")
				.export(new ExportRequest(workspace, visits, Audience.INTERNAL), folder, cancelAfterTwo);

		assertTrue(report.cancelled());
		assertEquals(2, report.written().size(), report.toString());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(2, files.count(), "only the complete files are in the folder");
		}
		for (var written : report.written()) {
			assertTrue(Outputs.pdf(Files.readAllBytes(written.file())).pages() >= 1);
		}
	}

	@Test
	void failedWriterKeepsPreviousFile(@TempDir Path folder) throws Exception {
		Evaluation evaluation = workspace.evaluations().get(0);
		Exporter failing = new ContributedExporter("test.failing", "Failing", "failing", "txt",
				EnumSet.allOf(Audience.class), ExportScope.EVALUATION, FailingWriter::new);
		Path target = folder.resolve(evaluation.getId() + "-failing.txt");
		Files.writeString(target, "the previous export", StandardCharsets.UTF_8);

		ExportReport report = failing.export(new ExportRequest(workspace, List.of(evaluation), Audience.INTERNAL), folder,
				ExportMonitor.NONE);

		assertEquals(1, report.failures().size());
		assertEquals(target, report.failures().get(0).file());
		assertTrue(report.failures().get(0).reason().contains("disk full"), report.failures().get(0).reason());
		assertArrayEquals("the previous export".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
		assertEquals(List.of(), temporaryFiles(folder));
	}

	@Test
	void cancellationInsideWriterLeavesNoFile(@TempDir Path folder) throws Exception {
		Evaluation evaluation = workspace.evaluations().get(0);
		Exporter cancelling = new ContributedExporter("test.cancelling", "Cancelling", "cancelling", "txt",
				EnumSet.allOf(Audience.class), ExportScope.EVALUATION, CancellingWriter::new);

		ExportReport report = ExportRun.toFolder(List.of(cancelling),
				new ExportRequest(workspace, List.of(evaluation), Audience.INTERNAL), folder, ExportMonitor.NONE);

		assertTrue(report.cancelled());
		assertTrue(report.written().isEmpty());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void unsupportedAudienceIsReportedWithoutFile(@TempDir Path folder) {
		Exporter internalOnly = new ContributedExporter("test.internal", "Internal only", "internal", "txt",
				EnumSet.of(Audience.INTERNAL), ExportScope.SELECTION, FailingWriter::new);

		ExportReport report = internalOnly.export(
				new ExportRequest(workspace, workspace.evaluations(), Audience.SHARED), folder, ExportMonitor.NONE);

		assertFalse(report.succeeded());
		assertNull(report.failures().get(0).file());
		assertTrue(report.failures().get(0).reason().contains("shared"), report.failures().get(0).reason());
	}

	private static List<Path> temporaryFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	/** Writes part of a document and then fails, as a full disk would make it. */
	public static final class FailingWriter implements ExportWriter {

		@Override
		public boolean accepts(Evaluation evaluation) {
			return true;
		}

		@Override
		public void write(ExportInput input, java.io.OutputStream out, ExportMonitor monitor) throws IOException {
			out.write("half a document".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}
	}

	/** Writes part of a document and then finds that the user cancelled. */
	public static final class CancellingWriter implements ExportWriter {

		@Override
		public boolean accepts(Evaluation evaluation) {
			return true;
		}

		@Override
		public void write(ExportInput input, java.io.OutputStream out, ExportMonitor monitor) throws IOException {
			out.write("half a document".getBytes(StandardCharsets.UTF_8));
			throw new OperationCanceledException();
		}
	}
}
