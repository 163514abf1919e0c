package org.sipqm.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

import org.sipqm.core.redaction.Audience;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.ExportScope;
import org.sipqm.export.ExportWriter;
import org.sipqm.export.Exporter;
import org.sipqm.model.evaluation.Evaluation;

/**
 * An exporter described by an extension, or by {@link BuiltInExporters} outside OSGi. It creates
 * its writer on first use, and exports only through {@link ExportRun}, which redacts.
 */
public final class ContributedExporter implements Exporter {

	private final String id;
	private final String label;
	private final String kind;
	private final String fileExtension;
	private final Set<Audience> audiences;
	private final ExportScope scope;
	private final Supplier<ExportWriter> writerFactory;
	private ExportWriter writer;

	public ContributedExporter(String id, String label, String kind, String fileExtension, Set<Audience> audiences,
			ExportScope scope, Supplier<ExportWriter> writerFactory) {
		this.id = id;
		this.label = label;
		this.kind = kind;
		this.fileExtension = fileExtension;
		this.audiences = Set.copyOf(audiences);
		this.scope = scope;
		this.writerFactory = writerFactory;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public String fileExtension() {
		return fileExtension;
	}

	@Override
	public Set<Audience> audiences() {
		return audiences;
	}

	@Override
	public ExportScope scope() {
		return scope;
	}

	@Override
	public boolean accepts(Evaluation evaluation) {
		return writer().accepts(evaluation);
	}

	@Override
	public void export(ExportRequest request, OutputStream out, ExportMonitor monitor) throws IOException {
		ExportRun.toStream(this, request, out, monitor);
	}

	@Override
	public boolean acceptsSubject(Object subject) {
		return scope == ExportScope.SUBJECT && writer().acceptsSubject(subject);
	}

	@Override
	public void export(Object subject, Audience audience, OutputStream out, ExportMonitor monitor) throws IOException {
		ExportRun.subjectToStream(this, subject, audience, out, monitor);
	}

	@Override
	public ExportReport export(ExportRequest request, Path folder, ExportMonitor monitor) {
		return ExportRun.toFolder(java.util.List.of(this), request, folder, monitor);
	}

	/**
	 * Returns the writer, creating it on the first call.
	 *
	 * @throws IllegalStateException when the contributed class cannot be created
	 */
	synchronized ExportWriter writer() {
		if (writer == null) {
			writer = writerFactory.get();
		}
		return writer;
	}

	@Override
	public String toString() {
		return id;
	}
}
