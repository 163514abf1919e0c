package org.sipqm.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.Redaction;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportReport.Failure;
import org.sipqm.export.ExportReport.WrittenFile;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.ExportScope;
import org.sipqm.export.Exporter;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Runs exports: chooses the evaluations each exporter accepts, passes every one through the
 * redaction service for the audience, and writes each document atomically. This is the only
 * path from an {@link Exporter} to its writer.
 */
public final class ExportRun {

	private ExportRun() {
	}

	/** Writes one document to a stream, as {@link Exporter#export(ExportRequest, OutputStream, ExportMonitor)} describes. */
	static void toStream(ContributedExporter exporter, ExportRequest request, OutputStream out, ExportMonitor monitor)
			throws IOException {
		checkAudience(exporter, request);
		if (exporter.scope() == ExportScope.SUBJECT) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_subjectOnly, exporter.label()));
		}
		List<Evaluation> accepted = accepted(exporter, request.evaluations());
		if (accepted.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_nothingAccepted, exporter.label()));
		}
		if (exporter.scope() == ExportScope.EVALUATION && accepted.size() > 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_oneEvaluationOnly, exporter.label(),
					accepted.size()));
		}
		exporter.writer().write(input(request, accepted), out, monitor);
	}

	/**
	 * Writes one document about a subject to a stream, as
	 * {@link Exporter#export(Object, Audience, OutputStream, ExportMonitor)} describes. The subject
	 * carries no evaluation, so nothing passes through the redaction service.
	 */
	static void subjectToStream(ContributedExporter exporter, Object subject, Audience audience, OutputStream out,
			ExportMonitor monitor) throws IOException {
		if (!exporter.audiences().contains(audience)) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_audienceNotSupported, exporter.label(),
					Audiences.label(audience)));
		}
		if (subject == null || !exporter.acceptsSubject(subject)) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_subjectNotAccepted, exporter.label(),
					subject == null ? "null" : subject.getClass().getSimpleName())); //$NON-NLS-1$
		}
		ExportInput input = new ExportInput(audience, List.of(), Optional.empty(), LocalDate.now(), Optional.of(subject));
		exporter.writer().write(input, out, monitor);
	}

	/**
	 * Writes the documents of several exporters into a folder, one exporter after another, and
	 * reports every file written and every failure. Stops at the first document after the monitor
	 * was cancelled; files already complete stay.
	 */
	public static ExportReport toFolder(List<? extends Exporter> exporters, ExportRequest request, Path folder,
			ExportMonitor monitor) {
		List<Document> documents = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		FileNames names = new FileNames(folder.toAbsolutePath().normalize());
		ExportReport others = new ExportReport(List.of(), List.of(), false);
		for (Exporter exporter : exporters) {
			if (exporter instanceof ContributedExporter) {
				plan(exporter, request, names, documents, failures);
			} else {
				// Not from the registry, so it exports through its own implementation.
				others = others.plus(exporter.export(request, folder, monitor));
			}
		}

		monitor.beginTask(NLS.bind(Messages.ExportRun_task, documents.size()), documents.size());
		List<WrittenFile> written = new ArrayList<>();
		boolean cancelled = false;
		for (Document document : documents) {
			if (monitor.isCancelled()) {
				cancelled = true;
				break;
			}
			monitor.subTask(document.file().getFileName().toString());
			try {
				written.add(write(document, request, monitor));
			} catch (OperationCanceledException e) {
				cancelled = true;
				break;
			} catch (IOException | RuntimeException e) {
				failures.add(new Failure(document.file(), document.exporter().id(), describe(e)));
				ExportLog.failed(document, e);
			}
			monitor.worked(1);
		}
		return new ExportReport(written, failures, cancelled).plus(others);
	}

	private static void plan(Exporter exporter, ExportRequest request, FileNames names, List<Document> documents,
			List<Failure> failures) {
		if (exporter.scope() == ExportScope.SUBJECT) {
			// It writes about a subject such as a crosswalk, which a request of evaluations lacks.
			return;
		}
		if (!exporter.audiences().contains(request.audience())) {
			failures.add(new Failure(null, exporter.id(), NLS.bind(Messages.ExportRun_audienceNotSupported,
					exporter.label(), Audiences.label(request.audience()))));
			return;
		}
		List<Evaluation> accepted;
		try {
			accepted = accepted(exporter, request.evaluations());
		} catch (RuntimeException e) {
			failures.add(new Failure(null, exporter.id(), describe(e)));
			ExportLog.failed(exporter, e);
			return;
		}
		if (exporter.scope() == ExportScope.EVALUATION) {
			for (Evaluation evaluation : accepted) {
				documents.add(new Document(exporter, List.of(evaluation), names.forEvaluation(exporter, evaluation),
						SipqmLabels.evaluation(evaluation)));
			}
		} else if (!accepted.isEmpty()) {
			documents.add(new Document(exporter, accepted, names.forSelection(exporter, accepted),
					NLS.bind(Messages.ExportRun_selectionDescription, accepted.size())));
		}
	}

	private static WrittenFile write(Document document, ExportRequest request, ExportMonitor monitor)
			throws IOException {
		ExportInput input = input(request, document.evaluations());
		ContributedExporter exporter = (ContributedExporter) document.exporter();
		AtomicFiles.write(document.file(), out -> exporter.writer().write(input, out, monitor));
		int withheld = input.evaluations().stream().mapToInt(evaluation -> evaluation.withheld().size()).sum();
		return new WrittenFile(document.file(), exporter.id(), document.description(), withheld);
	}

	private static ExportInput input(ExportRequest request, List<Evaluation> evaluations) {
		List<RedactedEvaluation> redacted = new ArrayList<>(evaluations.size());
		for (Evaluation evaluation : evaluations) {
			redacted.add(Redaction.redact(evaluation, request.audience()));
		}
		return new ExportInput(request.audience(), redacted, request.workspace().organisation(), LocalDate.now());
	}

	private static List<Evaluation> accepted(Exporter exporter, List<Evaluation> evaluations) {
		return evaluations.stream().filter(exporter::accepts).toList();
	}

	private static void checkAudience(Exporter exporter, ExportRequest request) {
		if (!exporter.audiences().contains(request.audience())) {
			throw new IllegalArgumentException(NLS.bind(Messages.ExportRun_audienceNotSupported, exporter.label(),
					Audiences.label(request.audience())));
		}
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** One file to write: the exporter, the evaluations it contains and its path. */
	record Document(Exporter exporter, List<Evaluation> evaluations, Path file, String description) {
	}
}
