package org.sipqm.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.ExportScope;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.Exporter;
import org.sipqm.export.internal.ContributedExporter;
import org.sipqm.model.evaluation.Evaluation;

/** Exporters of subject scope write about an object other than evaluations and stay out of exports of evaluations. */
class SubjectExportTest {

	private static Workspace workspace;

	private final Exporter exporter = new ContributedExporter("test.subject", "Subject report", "subject-report", "txt",
			EnumSet.of(Audience.INTERNAL), ExportScope.SUBJECT, TextSubjectWriter::new);

	@BeforeAll
	static void openSample() {
		workspace = SampleWorkspace.open();
	}

	@Test
	void subjectReachesWriter() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		exporter.export(new StringBuilder("the subject"), Audience.INTERNAL, out, ExportMonitor.NONE);

		assertEquals("the subject for internal with 0 evaluations", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void otherSubjectRejected() {
		assertFalse(exporter.acceptsSubject(Integer.valueOf(1)));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> exporter.export(Integer.valueOf(1), Audience.INTERNAL, new ByteArrayOutputStream(), ExportMonitor.NONE));
		assertTrue(error.getMessage().contains("Subject report cannot be written from a Integer"), error.getMessage());
	}

	@Test
	void unsupportedAudienceRejected() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> exporter
				.export(new StringBuilder("the subject"), Audience.SHARED, new ByteArrayOutputStream(), ExportMonitor.NONE));
		assertTrue(error.getMessage().contains("shared"), error.getMessage());
	}

	@Test
	void evaluationExportToStreamRejected() {
		ExportRequest request = new ExportRequest(workspace, workspace.evaluations(), Audience.INTERNAL);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> exporter.export(request, new ByteArrayOutputStream(), ExportMonitor.NONE));
		assertTrue(error.getMessage().startsWith("Subject report is not written from evaluations"), error.getMessage());
	}

	@Test
	void folderExportSkipsSubjectExporter(@TempDir Path folder) throws IOException {
		ExportReport report = Exporter.exportAll(List.of(exporter, Outputs.exporter("org.sipqm.export.judgements.csv")),
				new ExportRequest(workspace, workspace.evaluations(), Audience.INTERNAL), folder, ExportMonitor.NONE);

		assertTrue(report.succeeded(), report.toString());
		assertEquals(List.of("org.sipqm.export.judgements.csv"),
				report.written().stream().map(ExportReport.WrittenFile::exporterId).toList());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void inputSubjectOfWrongType() {
		ExportInput input = new ExportInput(Audience.INTERNAL, List.of(), java.util.Optional.empty(),
				java.time.LocalDate.of(2008, 1, 1), java.util.Optional.of("text"));

		assertEquals("text", input.subject(String.class));
		IllegalStateException error = assertThrows(IllegalStateException.class, () -> input.subject(Integer.class));
		assertTrue(error.getMessage().contains("java.lang.String"), error.getMessage());
	}

	/** Writes its subject as text, with the audience and the number of evaluations it received. */
	public static final class TextSubjectWriter implements ExportWriter {

		@Override
		public boolean accepts(Evaluation evaluation) {
			return false;
		}

		@Override
		public boolean acceptsSubject(Object subject) {
			return subject instanceof CharSequence;
		}

		@Override
		public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
			String text = input.subject(CharSequence.class) + " for " + input.audience().name().toLowerCase()
					+ " with " + input.evaluations().size() + " evaluations";
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
