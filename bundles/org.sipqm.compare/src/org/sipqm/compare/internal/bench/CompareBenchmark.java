package org.sipqm.compare.internal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.SuggestionRanker;
import org.sipqm.compare.trend.GradeHeatMap;
import org.sipqm.compare.trend.GradeHistory;
import org.sipqm.compare.trend.Period;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;
import org.sipqm.model.organisation.Term;

/**
 * Measures the framework comparisons: wording suggestions for a 200-criterion local framework
 * against the whole national framework, and the regional heat map and one LA's grade history over
 * the national-scale workspace. It is not a test, so it runs only by hand.
 *
 * <pre>
 * CompareBenchmark [workspace folder] [--seed N] [--rounds N]
 * </pre>
 *
 * The local framework is synthetic: 150 criteria reword national statements by dropping and
 * reordering words, and 50 are built from words of unrelated statements. Without a folder the
 * national-scale sample workspace is first written into a new temporary folder.
 */
public final class CompareBenchmark {

	private static final int LOCAL_CRITERIA = 200;
	private static final int REWORDED = 150;

	private CompareBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = null;
		long seed = SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED;
		int rounds = 5;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--rounds" -> rounds = Math.max(2, Integer.parseInt(args[++i]));
			default -> folder = Path.of(args[i]);
			}
		}

		suggestions(seed, rounds);
		heatMap(folder, seed, rounds);
	}

	private static void suggestions(long seed, int rounds) {
		Framework nationalFramework = FrameworkRegistry.getDefault().national();
		CriterionIndex national = new CriterionIndex(nationalFramework);
		CriterionIndex local = new CriterionIndex(localFramework(national, new Random(seed)));
		Crosswalk crosswalk = CrosswalkEditing.create(local, national);
		SuggestionRanker ranker = new SuggestionRanker(local, national, schedule -> true);
		print("national criteria", String.valueOf(national.uris().size()));

		List<Double> times = new ArrayList<>();
		List<Suggestion> suggestions = List.of();
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			suggestions = ranker.suggest(crosswalk, 5, SuggestionRanker.DEFAULT_MINIMUM_SIMILARITY);
			times.add(millis(start));
		}
		print("suggestions, first round", format(times.get(0)) + " ms, " + suggestions.size() + " suggestions");
		print("suggestions, median of later rounds", format(median(times.subList(1, times.size()))) + " ms");
	}

	private static void heatMap(Path folder, long seed, int rounds) throws Exception {
		if (folder == null) {
			folder = Files.createTempDirectory("sipqm-national-");
			long start = System.nanoTime();
			new SampleWorkspaceGenerator(seed, SampleScale.NATIONAL).generate(folder);
			print("generated", folder + " in " + format(millis(start)) + " ms");
		}
		long start = System.nanoTime();
		Workspace workspace = WorkspaceStore.open(folder);
		print("load", format(millis(start)) + " ms, " + workspace.evaluations().size() + " evaluations");

		Period period = new Period(workspace.evaluations().get(0).getAcademicYear(), Term.AUTUMN);
		List<Double> times = new ArrayList<>();
		GradeHeatMap map = null;
		for (int round = 0; round < rounds; round++) {
			start = System.nanoTime();
			map = GradeHeatMap.of(workspace.evaluations(), period);
			times.add(millis(start));
		}
		print("heat map " + period.academicYear() + " autumn, first round", format(times.get(0)) + " ms, "
				+ map.localAuthorities().size() + " LAs by " + map.criteria().size() + " criteria");
		print("heat map, median of later rounds", format(median(times.subList(1, times.size()))) + " ms");

		start = System.nanoTime();
		GradeHistory history = GradeHistory.of(workspace.evaluations(), map.localAuthorities().get(0));
		print("grade history of one LA", format(millis(start)) + " ms, " + history.periods().size() + " terms by "
				+ history.rows().size() + " criteria");
	}

	/** Builds the synthetic local framework described in the class comment. */
	private static Framework localFramework(CriterionIndex national, Random random) {
		List<String> statements = national.uris().stream()
				.map(uri -> national.find(uri).orElseThrow().getStatement()).toList();
		Framework framework = FrameworkFactory.eINSTANCE.createFramework();
		framework.setId("bench-local");
		framework.setEdition("1");
		Schedule schedule = FrameworkFactory.eINSTANCE.createSchedule();
		schedule.setNumber(1);
		schedule.setKind(ScheduleKind.LOCAL);
		framework.getSchedules().add(schedule);

		Section section = null;
		for (int i = 0; i < LOCAL_CRITERIA; i++) {
			if (i % 20 == 0) {
				section = FrameworkFactory.eINSTANCE.createSection();
				section.setCode(String.valueOf(i / 20 + 1));
				schedule.getSections().add(section);
			}
			Criterion criterion = FrameworkFactory.eINSTANCE.createCriterion();
			criterion.setCode(section.getCode() + "." + (i % 20 + 1));
			criterion.setStatement(i < REWORDED ? reword(statements.get(random.nextInt(statements.size())), random)
					: mix(statements, random));
			section.getCriteria().add(criterion);
		}
		return framework;
	}

	private static String reword(String statement, Random random) {
		List<String> words = new ArrayList<>(Arrays.asList(statement.split("\\s+")));
		words.removeIf(word -> random.nextDouble() < 0.3);
		if (words.size() > 3) {
			Collections.swap(words, 0, random.nextInt(words.size()));
		}
		return String.join(" ", words);
	}

	private static String mix(List<String> statements, Random random) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String[] source = statements.get(random.nextInt(statements.size())).split("\\s+");
			words.add(source[random.nextInt(source.length)]);
		}
		return String.join(" ", words);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static String format(double millis) {
		return String.format(Locale.ROOT, "%.1f", millis);
	}

	private static void print(String label, String value) {
		System.out.println(label + ": " + value);
	}
}
