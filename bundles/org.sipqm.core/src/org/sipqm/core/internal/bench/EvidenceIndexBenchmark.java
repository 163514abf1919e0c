package org.sipqm.core.internal.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sipqm.core.evidence.EvidenceColumn;
import org.sipqm.core.evidence.EvidenceFilter;
import org.sipqm.core.evidence.EvidenceGap;
import org.sipqm.core.evidence.EvidenceGaps;
import org.sipqm.core.evidence.EvidenceIndex;
import org.sipqm.core.evidence.EvidenceQuery;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.framework.FrameworkRegistry;

/**
 * Measures the evidence index over a national-scale workspace: the time to build it, the memory
 * it takes, and the time of each query while a user types a word letter by letter, as the
 * evidence browser filters on every keystroke. It is not a test, so it runs only by hand.
 *
 * <pre>
 * EvidenceIndexBenchmark [folder] [--seed N] [--word W] [--rounds N]
 * </pre>
 *
 * Without a folder it first writes the national-scale sample workspace into a new temporary
 * folder. The typing is repeated for the given number of rounds, 5 by default. The first round
 * runs on a cold JIT, and the other rounds give the median and maximum per keystroke.
 * Each keystroke's query is sorted by date, as the browser sorts by default.
 */
public final class EvidenceIndexBenchmark {

	private EvidenceIndexBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = null;
		long seed = SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED;
		String word = "governors";
		int rounds = 5;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--word" -> word = args[++i].toLowerCase(Locale.ROOT);
			case "--rounds" -> rounds = Math.max(2, Integer.parseInt(args[++i]));
			default -> folder = Path.of(args[i]);
			}
		}

		if (folder == null) {
			folder = Files.createTempDirectory("sipqm-national-");
			long start = System.nanoTime();
			new SampleWorkspaceGenerator(seed, SampleScale.NATIONAL).generate(folder);
			print("generated", folder + " in " + millis(start) + " ms");
		}

		long start = System.nanoTime();
		Workspace workspace = WorkspaceStore.open(folder);
		print("load", millis(start) + " ms, " + workspace.evaluations().size() + " evaluations");

		long heapBefore = heapAfterGc();
		start = System.nanoTime();
		EvidenceIndex index = EvidenceIndex.build(workspace);
		print("build index", millis(start) + " ms, " + String.format(Locale.ROOT, "%,d", index.size()) + " evidence items");
		long heapAfter = heapAfterGc();
		print("heap of the index (after a GC)", (heapAfter - heapBefore) / 1048576 + " MiB");

		typeWord(index, word, rounds);

		start = System.nanoTime();
		EvidenceQuery all = index.query(EvidenceFilter.ALL, EvidenceColumn.TITLE, true);
		print("show all, sorted by title", millis(start) + " ms, " + all.count() + " items");

		String firstAuthority = index.entries().get(0).localAuthorityId();
		start = System.nanoTime();
		EvidenceQuery oneAuthority = index.query(EvidenceFilter.ALL.withLocalAuthority(firstAuthority).withRestricted(true),
				EvidenceColumn.DATE, true);
		print("filter by LA and restricted", millis(start) + " ms, " + oneAuthority.count() + " items");

		start = System.nanoTime();
		List<EvidenceGap> gaps = EvidenceGaps.find(workspace, FrameworkLookup.of(FrameworkRegistry.getDefault()));
		long weak = gaps.stream().filter(gap -> gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK).count();
		print("too little evidence", millis(start) + " ms, " + weak + " judgements, " + (gaps.size() - weak)
				+ " criteria without evidence");

		// Keeps the workspace and the index reachable until here, so the heap figures count all of them.
		java.lang.ref.Reference.reachabilityFence(index);
	}

	/** Types the word letter by letter, querying after each letter, and prints the times per keystroke. */
	private static void typeWord(EvidenceIndex index, String word, int rounds) {
		double[][] times = new double[rounds][word.length()];
		int[] counts = new int[word.length()];
		for (int round = 0; round < rounds; round++) {
			index.query(EvidenceFilter.ALL, null, true);
			for (int length = 1; length <= word.length(); length++) {
				long start = System.nanoTime();
				EvidenceQuery query = index.query(EvidenceFilter.ALL.withText(word.substring(0, length)),
						EvidenceColumn.DATE, true);
				times[round][length - 1] = (System.nanoTime() - start) / 1e6;
				counts[length - 1] = query.count();
			}
		}

		System.out.println("typing '" + word + "' (ms per keystroke; cold = first round, then median and maximum of "
				+ (rounds - 1) + " warm rounds):");
		double worstWarm = 0;
		for (int letter = 0; letter < word.length(); letter++) {
			List<Double> warm = new ArrayList<>();
			for (int round = 1; round < rounds; round++) {
				warm.add(times[round][letter]);
			}
			double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			double median = sorted[sorted.length / 2];
			double maximum = Arrays.stream(sorted).max().orElse(0);
			worstWarm = Math.max(worstWarm, maximum);
			System.out.printf(Locale.ROOT, "  %-12s %,8d items  cold %6.1f  median %6.1f  max %6.1f%n",
					"'" + word.substring(0, letter + 1) + "'", counts[letter], times[0][letter], median, maximum);
		}
		print("slowest warm keystroke", String.format(Locale.ROOT, "%.1f ms", worstWarm));
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
