package org.sipqm.export.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.model.evaluation.Evaluation;

/**
 * The regional sample workspace, generated once per test run into a temporary folder that is
 * deleted when the JVM exits. Each {@link #open()} loads it afresh, so a test may change the
 * evaluations it gets in memory.
 */
final class SampleWorkspace {

	private static Path folder;

	private SampleWorkspace() {
	}

	/** Returns a newly loaded copy of the sample workspace. */
	static Workspace open() {
		try {
			return WorkspaceStore.open(folder());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Returns the first evaluation of the class in the workspace that satisfies the condition. */
	static <T extends Evaluation> T first(Workspace workspace, Class<T> type, java.util.function.Predicate<T> condition) {
		return workspace.evaluations().stream().filter(type::isInstance).map(type::cast).filter(condition).findFirst()
				.orElseThrow(() -> new AssertionError("The sample has no " + type.getSimpleName() + " as required"));
	}

	/** Returns the evaluations of the class in the workspace. */
	static <T extends Evaluation> List<T> all(Workspace workspace, Class<T> type) {
		return workspace.evaluations().stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static synchronized Path folder() throws IOException {
		if (folder == null) {
			Path parent = Files.createTempDirectory("sipqm-export-tests-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(parent)));
			folder = parent.resolve("sample");
			new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
					.generate(folder);
		}
		return folder;
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// A temporary folder left behind does no harm.
		}
	}
}
