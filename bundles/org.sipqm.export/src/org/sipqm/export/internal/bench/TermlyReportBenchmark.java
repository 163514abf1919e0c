package org.sipqm.export.internal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.sipqm.core.redaction.Audience;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportReport;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Term;

/**
 * Measures how long the termly report PDF takes for every local authority of the national-scale
 * sample workspace: one report per LA for a term, each written into a folder as an export does.
 * It is not a test, so it runs only by hand.
 *
 * <pre>
 * TermlyReportBenchmark [workspace folder] [--term autumn|spring|summer] [--audience internal|shared]
 * </pre>
 *
 * Without a folder it first writes the national-scale sample (seed 2007) into a new temporary
 * folder. It prints the time of each report and the total; the first reports include the JVM's
 * warm-up, so the median is the steadier figure.
 */
public final class TermlyReportBenchmark {

	private static final String EXPORTER = "org.sipqm.export.termlyReport.pdf";

	private TermlyReportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = null;
		Term term = Term.AUTUMN;
		Audience audience = Audience.SHARED;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--term" -> term = Term.get(args[++i]);
			case "--audience" -> audience = Audience.valueOf(args[++i].toUpperCase(Locale.ROOT));
			default -> folder = Path.of(args[i]);
			}
		}
		if (folder == null) {
			folder = Files.createTempDirectory("sipqm-national-");
			long start = System.nanoTime();
			new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.NATIONAL)
					.generate(folder);
			print("generated", folder + " in " + millis(start) + " ms");
		}
		run(folder, term, audience);
	}

	private static void run(Path folder, Term term, Audience audience) throws IOException {
		long start = System.nanoTime();
		Workspace workspace = WorkspaceStore.open(folder);
		print("load", millis(start) + " ms");

		Exporter exporter = ExporterRegistry.getDefault().find(EXPORTER).orElseThrow();
		List<Evaluation> reviews = new EvaluationFilter(null, null, term, 1).select(workspace);
		Path output = Files.createTempDirectory("sipqm-termly-reports-");
		print("reports", reviews.size() + " (" + term.getLiteral() + " term, " + audience.name().toLowerCase(Locale.ROOT)
				+ ") into " + output);

		List<Long> times = new ArrayList<>();
		long bytes = 0;
		long total = System.nanoTime();
		for (Evaluation review : reviews) {
			long each = System.nanoTime();
			ExportReport report = exporter.export(new ExportRequest(workspace, List.of(review), audience), output,
					ExportMonitor.NONE);
			long elapsed = millis(each);
			if (!report.succeeded()) {
				throw new IllegalStateException("The report of " + review.getId() + " failed: " + report.failures());
			}
			Path file = report.written().get(0).file();
			bytes += Files.size(file);
			times.add(elapsed);
			System.out.printf(Locale.ROOT, "%-32s %6d ms %8d bytes%n", review.getId(), elapsed, Files.size(file));
		}
		long totalMillis = millis(total);

		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		print("total", totalMillis + " ms for " + times.size() + " reports");
		print("per report", String.format(Locale.ROOT, "mean %.0f ms, median %d ms, 95th percentile %d ms, max %d ms",
				totalMillis / (double) times.size(), sorted.get(sorted.size() / 2),
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1)));
		print("output", String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0));
		print("heap used", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576 + " MiB");
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void print(String label, String value) {
		System.out.printf(Locale.ROOT, "%-24s %s%n", label + ":", value);
	}
}
