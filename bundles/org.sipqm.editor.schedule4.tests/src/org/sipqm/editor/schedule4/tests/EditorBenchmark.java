package org.sipqm.editor.schedule4.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.editor.schedule4.internal.SelfEvaluationEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.JournalRecorder;
import org.sipqm.ui.internal.editing.JournalWriter;
import org.sipqm.ui.testing.EditorHarness;

/**
 * Measures the schedule 4 editor on the largest LA self-evaluation of the national-scale sample
 * workspace: the time to open it, the time for one edit to reach the model, and the longest block
 * of the UI thread while a paragraph is typed into a rationale field with the autosave journal
 * active. Prints figures and asserts nothing about them.
 * <p>
 * Skipped unless the environment variable {@code SIPQM_BENCHMARK} is {@code true}.
 * {@code SIPQM_BENCHMARK_WORKSPACE} names a national-scale workspace folder to use instead of
 * generating one (seed 2007) into a temporary folder.
 */
class EditorBenchmark {

	private static final String PARAGRAPH = "The LA's SIP function is managed well: partners are matched to schools"
			+ " by phase and need, their reports reach governors within ten working days, and the SIP manager"
			+ " moderates a sample of reports each term. Headteachers value the challenge, and the LA now tracks"
			+ " the impact of each visit on the school's priorities through the termly review.";

	/** Milliseconds between two simulated keystrokes, about 200 words a minute. */
	private static final int KEYSTROKE_INTERVAL_MILLIS = 60;

	/** Milliseconds between two probes of the UI thread's latency. */
	private static final int PROBE_INTERVAL_MILLIS = 5;

	private static final int WARM_OPENS = 4;

	/** Milliseconds a probe waits before it samples the UI thread's stack, and between samples. */
	private static final int STACK_SAMPLE_AFTER_MILLIS = 100;

	/** Frames of the sampled UI-thread stack that the benchmark prints. */
	private static final int STACK_FRAMES_PRINTED = 40;

	@Test
	void editorFigures() throws Exception {
		assumeTrue("true".equals(System.getenv("SIPQM_BENCHMARK")), "set SIPQM_BENCHMARK=true to run the benchmark");
		Path folder = workspaceFolder();

		long loadStart = System.nanoTime();
		try (EditorHarness harness = new EditorHarness(folder, 1280, 900)) {
			print("workspace", folder + ", " + harness.workspace().evaluations().size() + " evaluations, loaded in "
					+ format(millis(System.nanoTime() - loadStart)) + " ms");
			LASelfEvaluation evaluation = largestSelfEvaluation(harness, folder);
			Path file = folder.resolve(harness.workspace().pathOf(evaluation));
			print("evaluation", harness.workspace().pathOf(evaluation) + " (" + Files.size(file) / 1024 + " KiB, "
					+ evaluation.getJudgements().size() + " judgements, " + evaluation.getEvidence().size()
					+ " evidence items)");
			// Only a draft opens editable; the status is set in memory and never saved.
			evaluation.setStatus(EvaluationStatus.DRAFT);

			measureOpening(harness, evaluation);
			SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
			Judgement judgement = evaluation.getJudgements().get(0);
			Text rationale = rationaleField(harness, judgement);
			measureOneEdit(harness, editor, judgement, rationale);
			measureSnapshot(evaluation);
			measureTyping(harness, editor, rationale);

			editor.getSession().discard();
			harness.dispatchEvents();
			JournalWriter.awaitIdle(Duration.ofSeconds(10));
		}
	}

	private static Path workspaceFolder() throws IOException {
		String given = System.getenv("SIPQM_BENCHMARK_WORKSPACE");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		Path folder = Files.createTempDirectory("sipqm-national-");
		long start = System.nanoTime();
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.NATIONAL)
				.generate(folder);
		print("generated", folder + " in " + format(millis(System.nanoTime() - start)) + " ms");
		return folder;
	}

	private static LASelfEvaluation largestSelfEvaluation(EditorHarness harness, Path folder) {
		return harness.workspace().evaluations().stream()
				.filter(LASelfEvaluation.class::isInstance).map(LASelfEvaluation.class::cast)
				.max((a, b) -> Long.compare(size(folder.resolve(harness.workspace().pathOf(a))),
						size(folder.resolve(harness.workspace().pathOf(b)))))
				.orElseThrow(() -> new AssertionError("the workspace holds no LA self-evaluation"));
	}

	private static void measureOpening(EditorHarness harness, LASelfEvaluation evaluation) {
		List<Double> warm = new ArrayList<>();
		for (int i = 0; i <= WARM_OPENS; i++) {
			long start = System.nanoTime();
			SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
			long elapsed = System.nanoTime() - start;
			if (i == 0) {
				print("open, first", format(millis(elapsed)) + " ms (includes class loading)");
			} else {
				warm.add(millis(elapsed));
			}
			// The workbench's renderer runs @PreDestroy and disposes the part's controls; the harness does neither.
			editor.dispose();
			editor.getForm().dispose();
			harness.closeEditor();
			harness.dispatchEvents();
		}
		Collections.sort(warm);
		print("open, warm", "median " + format(warm.get(warm.size() / 2)) + " ms, range " + format(warm.get(0))
				+ " to " + format(warm.get(warm.size() - 1)) + " ms over " + warm.size() + " opens");
	}

	/**
	 * Times one edit: from the keystroke until the rationale in the model contains it, which includes
	 * the text field's pause of {@link EditBindings#TYPING_DELAY_MILLIS}, and the cost of the
	 * command itself when pending typing is sent at once, as Save does.
	 */
	private static void measureOneEdit(EditorHarness harness, SelfEvaluationEditor editor, Judgement judgement,
			Text rationale) {
		rationale.setSelection(rationale.getCharCount());
		long start = System.nanoTime();
		rationale.insert("A");
		long keystroke = System.nanoTime() - start;
		String expected = rationale.getText();
		harness.waitUntil("the edit reaches the model", () -> expected.equals(judgement.getRationale()),
				Duration.ofSeconds(10));
		long reached = System.nanoTime() - start;
		print("one edit, keystroke handled", format(millis(keystroke)) + " ms");
		print("one edit, keystroke to model", format(millis(reached)) + " ms (the field waits for "
				+ EditBindings.TYPING_DELAY_MILLIS + " ms of pause by design)");

		rationale.insert("B");
		long flushStart = System.nanoTime();
		EditBindings.flushPendingTyping(editor.getBindingContext());
		long flushed = System.nanoTime() - flushStart;
		if (!rationale.getText().equals(judgement.getRationale())) {
			throw new AssertionError("the flushed edit did not reach the model");
		}
		print("one edit, command execution", format(millis(flushed)) + " ms (pending typing sent at once)");
	}

	private static void measureSnapshot(LASelfEvaluation evaluation) throws IOException {
		List<Double> times = new ArrayList<>();
		int bytes = 0;
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			bytes = EditJournal.serialise(evaluation).length;
			times.add(millis(System.nanoTime() - start));
		}
		print("journal snapshot on the UI thread", "first " + format(times.get(0)) + " ms, then median "
				+ format(median(times.subList(1, times.size()))) + " ms (" + bytes / 1024 + " KiB)");
	}

	/**
	 * Types the paragraph one character per {@link #KEYSTROKE_INTERVAL_MILLIS}, running the event
	 * loop in between, while a probe thread measures how late the UI thread runs what it posts.
	 */
	private static void measureTyping(EditorHarness harness, SelfEvaluationEditor editor, Text rationale)
			throws InterruptedException {
		Display display = harness.shell().getDisplay();
		JournalRecorder recorder = editor.getJournalRecorder();
		EditJournal journal = recorder.journal();
		AtomicLong maxLatency = new AtomicLong();
		AtomicReference<StackTraceElement[]> longestStack = new AtomicReference<>();
		AtomicBoolean probing = new AtomicBoolean(true);
		Thread probe = new Thread(() -> probe(display, probing, maxLatency, longestStack), "UI latency probe");
		probe.setDaemon(true);

		List<Double> keystrokes = new ArrayList<>();
		long writtenBefore = JournalWriter.writtenCount();
		long typingStart = System.nanoTime();
		probe.start();
		for (char character : PARAGRAPH.toCharArray()) {
			rationale.setSelection(rationale.getCharCount());
			long start = System.nanoTime();
			rationale.insert(String.valueOf(character));
			keystrokes.add(millis(System.nanoTime() - start));
			long next = System.nanoTime() + KEYSTROKE_INTERVAL_MILLIS * 1_000_000L;
			while (System.nanoTime() < next) {
				if (!display.readAndDispatch()) {
					Thread.sleep(1);
				}
			}
		}
		// Let the last pause commit and the last snapshot run before the probe stops.
		long settle = System.nanoTime() + (EditBindings.TYPING_DELAY_MILLIS + JournalRecorder.SNAPSHOT_DELAY_MILLIS + 500)
				* 1_000_000L;
		while (System.nanoTime() < settle) {
			if (!display.readAndDispatch()) {
				Thread.sleep(1);
			}
		}
		probing.set(false);
		probe.join();
		JournalWriter.awaitIdle(Duration.ofSeconds(10));
		double typingSeconds = (System.nanoTime() - typingStart) / 1e9;
		boolean journalled = entryHolds(journal, PARAGRAPH.substring(PARAGRAPH.length() - 40));
		long snapshots = JournalWriter.writtenCount() - writtenBefore;

		Collections.sort(keystrokes);
		print("typing", PARAGRAPH.length() + " characters in " + format(typingSeconds) + " s, journal entry holds"
				+ " the paragraph: " + journalled + ", " + snapshots + " journal entries written");
		print("keystroke handling", "median " + format(keystrokes.get(keystrokes.size() / 2)) + " ms, max "
				+ format(keystrokes.get(keystrokes.size() - 1)) + " ms");
		print("longest UI-thread block while typing", format(maxLatency.get() / 1e6) + " ms (asyncExec latency, probed every "
				+ PROBE_INTERVAL_MILLIS + " ms)");
		StackTraceElement[] stack = longestStack.get();
		if (stack != null) {
			print("UI thread during that block", "");
			Arrays.stream(stack).limit(STACK_FRAMES_PRINTED).forEach(frame -> System.out.println("    at " + frame)); //$NON-NLS-1$
		}
	}

	/**
	 * Posts to the UI thread every {@link #PROBE_INTERVAL_MILLIS} and records the longest delay. While
	 * a post waits longer than {@link #STACK_SAMPLE_AFTER_MILLIS}, the UI thread's stack is sampled, and
	 * the sample taken in the middle of the longest wait is kept.
	 */
	private static void probe(Display display, AtomicBoolean probing, AtomicLong maxLatency,
			AtomicReference<StackTraceElement[]> longestStack) {
		Thread uiThread = display.getThread();
		while (probing.get() && !display.isDisposed()) {
			long posted = System.nanoTime();
			AtomicLong ranAt = new AtomicLong();
			display.asyncExec(() -> ranAt.set(System.nanoTime()));
			List<StackTraceElement[]> samples = new ArrayList<>();
			long nextSample = posted + STACK_SAMPLE_AFTER_MILLIS * 1_000_000L;
			while (ranAt.get() == 0 && probing.get()) {
				sleep(1);
				if (System.nanoTime() >= nextSample) {
					samples.add(uiThread.getStackTrace());
					nextSample += STACK_SAMPLE_AFTER_MILLIS * 1_000_000L;
				}
			}
			long latency = (ranAt.get() == 0 ? System.nanoTime() : ranAt.get()) - posted;
			if (latency > maxLatency.get()) {
				maxLatency.set(latency);
				if (!samples.isEmpty()) {
					longestStack.set(samples.get(samples.size() / 2));
				}
			}
			sleep(PROBE_INTERVAL_MILLIS);
		}
	}

	private static boolean entryHolds(EditJournal journal, String text) {
		try {
			return journal.list().stream().anyMatch(entry -> {
				try {
					return Files.readString(entry.entryFile()).contains(text);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Text rationaleField(EditorHarness harness, Judgement judgement) {
		String name = "Rationale for " + SipqmLabels.criterionCode(judgement.getCriterion());
		return EditorHarness.findAll(harness.shell(), Text.class).stream()
				.filter(text -> name.equals(text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no text field named " + name));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static void print(String figure, String value) {
		System.out.println("[editor benchmark] " + figure + ": " + value);
	}
}
