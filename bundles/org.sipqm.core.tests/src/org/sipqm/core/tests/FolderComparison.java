package org.sipqm.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.sipqm.core.store.WorkspaceLayout;

/** Compares the regular files of two folders byte for byte. Empty folders are not compared. */
final class FolderComparison {

	/** Files that version control needs beside a generated folder, ignored by the comparison. */
	private static final Set<String> IGNORED = Set.of(".gitattributes");

	private FolderComparison() {
	}

	/** Returns one line per difference: a file on one side only, or a file whose bytes differ. */
	static List<String> differences(Path expected, Path actual) throws IOException {
		Set<String> expectedFiles = files(expected);
		Set<String> actualFiles = files(actual);
		List<String> differences = new ArrayList<>();

		for (String file : expectedFiles) {
			if (!actualFiles.contains(file)) {
				differences.add("only in " + expected + ": " + file);
			} else if (!Arrays.equals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)))) {
				differences.add("differs: " + file);
			}
		}
		for (String file : actualFiles) {
			if (!expectedFiles.contains(file)) {
				differences.add("only in " + actual + ": " + file);
			}
		}
		return differences;
	}

	private static Set<String> files(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			Set<String> names = new TreeSet<>();
			files.filter(Files::isRegularFile)
					.map(file -> WorkspaceLayout.toPortableString(root.relativize(file)))
					.filter(name -> !IGNORED.contains(name))
					.forEach(names::add);
			return names;
		}
	}
}
