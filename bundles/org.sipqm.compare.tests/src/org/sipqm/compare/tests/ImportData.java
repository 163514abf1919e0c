package org.sipqm.compare.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the test files under {@code data/}, from the bundle class path or the working folder. */
final class ImportData {

	private ImportData() {
	}

	static InputStream open(String name) throws IOException {
		InputStream in = ImportData.class.getResourceAsStream("/data/" + name);
		if (in != null) {
			return in;
		}
		Path file = Path.of("data", name);
		if (Files.exists(file)) {
			return Files.newInputStream(file);
		}
		throw new IOException("Test data file data/" + name + " is neither on the class path nor in " + Path.of("").toAbsolutePath());
	}
}
