package org.sipqm.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds releng/sample-workspace, the sample kept in the repository, from the working folder. */
final class CommittedSample {

	private static final Path RELATIVE = Path.of("releng", "sample-workspace");

	private CommittedSample() {
	}

	/**
	 * Returns the folder, searching the working folder and its parents, since the tests may run
	 * from the repository or from the test bundle's folder.
	 */
	static Path folder() {
		Path start = Path.of("").toAbsolutePath();
		for (Path current = start; current != null; current = current.getParent()) {
			Path candidate = current.resolve(RELATIVE);
			if (Files.isRegularFile(candidate.resolve("organisation.xmi"))) {
				return candidate;
			}
		}
		throw new AssertionError("No " + RELATIVE + " with organisation.xmi in " + start + " or its parents");
	}
}
