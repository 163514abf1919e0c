package org.sipqm.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.ExportScope;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Term;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Exports evaluations of a workspace as documents, workbooks or CSV files into a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Exports the evaluations of a workspace into a folder: notes of visit, termly reports and "
				+ "headteacher discussion summaries as PDF or HTML, the regional summary as PDF, HTML or an XLSX "
				+ "workbook, and the judgements as CSV. Each file is written under a temporary name and renamed "
				+ "when complete, so a failed export leaves no partial file.",
				"For a shared audience, material about an individual's performance and advice to governors on "
						+ "headteacher performance management are left out, and each document says what kind was "
						+ "withheld.",
				"Exit status 0 when every file was written, 1 when any failed, 2 on bad usage or unreadable input." })
public final class ExportCommand implements Callable<Integer> {

	@Mixin
	private WorkspaceOption workspaceOption;

	@Option(names = "--format", required = true, paramLabel = "FORMAT",
			description = "The file format: pdf, html, xlsx or csv, or a format a regional plug-in adds.")
	private String format;

	@Option(names = "--audience", required = true, paramLabel = "AUDIENCE",
			description = "Who the files are for: internal (the regional team; keeps restricted material) or shared "
					+ "(stakeholders; restricted material left out).")
	private String audience;

	@Option(names = "--kind", paramLabel = "KIND",
			description = "The kind of document: note-of-visit, termly-report, discussion-summary, regional-summary or "
					+ "judgements. Without it, every kind that the format offers is exported.")
	private String kind;

	@Option(names = "--la", paramLabel = "ID",
			description = "Only evaluations of this local authority, by its identifier (la-831) or code (831).")
	private String localAuthority;

	@Option(names = "--year", paramLabel = "YEAR", description = "Only evaluations of this academic year, such as 2007/08.")
	private String academicYear;

	@Option(names = "--term", paramLabel = "TERM", description = "Only evaluations of this term: autumn, spring or summer.")
	private String term;

	@Option(names = "--schedule", paramLabel = "N", description = "Only evaluations of this schedule, 1 to 4.")
	private Integer schedule;

	@Option(names = "--output", required = true, paramLabel = "FOLDER",
			description = "The folder to write into, created when missing. Files of the same name are replaced.")
	private Path output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Audience chosenAudience = audience();
		List<Exporter> exporters = exporters(chosenAudience);
		EvaluationFilter filter = new EvaluationFilter(localAuthority, year(), term(), schedule());
		Workspace workspace = workspaceOption.open();
		List<Evaluation> evaluations = filter.select(workspace);
		if (evaluations.isEmpty()) {
			throw new InputException("No evaluation of the workspace " + workspace.root() + " matches the options "
					+ "--la, --year, --term and --schedule given.");
		}
		if (exporters.stream().noneMatch(exporter -> evaluations.stream().anyMatch(exporter::accepts))) {
			throw new InputException("None of the " + evaluations.size() + " evaluations chosen can be exported as "
					+ labels(exporters) + ": check --kind and --schedule.");
		}

		ExportRequest request = new ExportRequest(workspace, evaluations, chosenAudience);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ExportReport total = Exporter.exportAll(exporters, request, output, ExportMonitor.NONE);
		print(total, out, err);
		out.printf("%d files written to %s, %d failed%n", total.written().size(), output.toAbsolutePath().normalize(),
				total.failures().size());
		return total.succeeded() ? SipqmCommand.OK : SipqmCommand.ERRORS_FOUND;
	}

	private static void print(ExportReport report, PrintWriter out, PrintWriter err) {
		for (ExportReport.WrittenFile file : report.written()) {
			if (file.withheld() > 0) {
				out.printf("Wrote %s (restricted material left out)%n", file.file());
			} else {
				out.printf("Wrote %s%n", file.file());
			}
		}
		for (ExportReport.Failure failure : report.failures()) {
			err.printf("sipqm export: failed to write %s: %s%n",
					failure.file() == null ? failure.exporterId() : failure.file(), failure.reason());
		}
	}

	private List<Exporter> exporters(Audience chosenAudience) {
		ExporterRegistry registry = ExporterRegistry.getDefault();
		String chosenFormat = format.toLowerCase(Locale.ROOT);
		if (registry.select(null, chosenFormat, null).isEmpty()) {
			throw new InputException("Invalid --format '" + format + "': expected one of " + join(registry.exporters()
					.stream().map(Exporter::fileExtension).toList()) + ".");
		}
		if (kind != null && registry.select(kind, null, null).isEmpty()) {
			throw new InputException("Invalid --kind '" + kind + "': expected one of "
					+ join(registry.exporters().stream().map(Exporter::kind).toList()) + ".");
		}
		List<Exporter> matching = registry.select(kind, chosenFormat, null);
		if (matching.isEmpty()) {
			throw new InputException("No " + kind + " exporter writes " + chosenFormat + ": the formats of " + kind
					+ " are " + join(registry.select(kind, null, null).stream().map(Exporter::fileExtension).toList())
					+ ".");
		}
		if (matching.stream().allMatch(exporter -> exporter.scope() == ExportScope.SUBJECT)) {
			throw new InputException(labels(matching)
					+ " cannot be exported from evaluations: export it from the workbench view that shows what it reports on, such as the crosswalk view.");
		}
		List<Exporter> forAudience = matching.stream().filter(exporter -> exporter.audiences().contains(chosenAudience))
				.toList();
		if (forAudience.isEmpty()) {
			throw new InputException(labels(matching) + " cannot be exported for the "
					+ chosenAudience.name().toLowerCase(Locale.ROOT) + " audience.");
		}
		return forAudience;
	}

	private Audience audience() {
		try {
			return Audience.valueOf(audience.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new InputException("Invalid --audience '" + audience + "': expected internal or shared.");
		}
	}

	private String year() {
		if (academicYear == null) {
			return null;
		}
		try {
			return AcademicYear.parse(academicYear).label();
		} catch (IllegalArgumentException e) {
			throw new InputException("Invalid --year '" + academicYear + "': expected an academic year such as 2007/08.");
		}
	}

	private Term term() {
		if (term == null) {
			return null;
		}
		Term parsed = Term.get(term.toLowerCase(Locale.ROOT));
		if (parsed == null) {
			throw new InputException("Invalid --term '" + term + "': expected autumn, spring or summer.");
		}
		return parsed;
	}

	private Integer schedule() {
		if (schedule != null && (schedule < 1 || schedule > 4)) {
			throw new InputException("Invalid --schedule " + schedule + ": expected a number from 1 to 4.");
		}
		return schedule;
	}

	private static String labels(List<Exporter> exporters) {
		return String.join(", ", exporters.stream().map(Exporter::label).toList());
	}

	private static String join(List<String> values) {
		return String.join(", ", new TreeSet<>(values));
	}
}
