package org.sipqm.core.internal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.sipqm.core.internal.sample.SummaryText;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.core.summary.WorkspaceSummary;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;

/**
 * Measures the time the store takes to open a large workspace and the validator takes to check
 * it, and compares the load with a plain SAX parse of the same files. It is not a test, so it
 * runs only by hand.
 *
 * <pre>
 * LoadBenchmark [folder] [--seed N]
 * </pre>
 *
 * Without a folder it first writes the national-scale sample workspace into a new temporary
 * folder, which it leaves for a second run. Each figure comes from one pass in one JVM, after
 * the files were written or read once, so they are in the operating system's file cache.
 */
public final class LoadBenchmark {

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = null;
		long seed = SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--seed")) {
				seed = Long.parseLong(args[++i]);
			} else {
				folder = Path.of(args[i]);
			}
		}

		if (folder == null) {
			folder = Files.createTempDirectory("sipqm-national-");
			long start = System.nanoTime();
			new SampleWorkspaceGenerator(seed, SampleScale.NATIONAL).generate(folder);
			print("generated", folder + " in " + millis(start) + " ms");
		}
		run(folder);
	}

	private static void run(Path folder) throws IOException {
		List<Path> files = xmiFiles(folder);
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		print("XMI files", Integer.toString(files.size()));
		print("XMI bytes", String.format(Locale.ROOT, "%,d (%.1f MiB)", bytes, bytes / 1048576.0));

		long start = System.nanoTime();
		Workspace workspace = WorkspaceStore.open(folder);
		long loadMillis = millis(start);
		print("load", loadMillis + " ms");
		print("heap used after load", heapAfterGc() / 1048576 + " MiB");

		start = System.nanoTime();
		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);
		print("validate", millis(start) + " ms, " + diagnostics.size() + " diagnostics");

		System.out.println(SummaryText.format(WorkspaceSummary.of(workspace)));

		start = System.nanoTime();
		long elements = SaxCount.countElements(files);
		long saxMillis = millis(start);
		print("plain SAX parse", saxMillis + " ms, " + String.format(Locale.ROOT, "%,d", elements) + " elements");
		print("load / SAX", String.format(Locale.ROOT, "%.1f", (double) loadMillis / Math.max(1, saxMillis)));

		// Keeps the workspace reachable until here, so the heap figure above counts all of it.
		java.lang.ref.Reference.reachabilityFence(workspace);
	}

	private static List<Path> xmiFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".xmi") && Files.isRegularFile(file))
					.sorted()
					.toList();
		}
	}

	private static long heapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static void print(String label, String value) {
		System.out.println(label + ": " + value);
	}
}
