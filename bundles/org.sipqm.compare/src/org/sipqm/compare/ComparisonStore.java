package org.sipqm.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.framework.Framework;

/**
 * Saves local frameworks and their crosswalks in a workspace folder and loads them again. The
 * layout below the workspace folder is
 *
 * <pre>
 * frameworks/&lt;framework id&gt;/&lt;edition&gt;.xmi   one local framework edition
 * crosswalks/&lt;framework id&gt;/&lt;edition&gt;.xmi   the crosswalk whose source is that edition
 * </pre>
 *
 * Every file is written atomically, so a failed save leaves the previous file in place.
 */
public final class ComparisonStore {

	public static final String FRAMEWORKS_FOLDER = "frameworks";
	public static final String CROSSWALKS_FOLDER = "crosswalks";
	private static final String EXTENSION = "." + WorkspaceLayout.FILE_EXTENSION;

	/** The frameworks and crosswalks found in a workspace, and the files that could not be loaded. */
	public record Saved(List<Framework> frameworks, List<Crosswalk> crosswalks, List<LoadProblem> problems) {

		/** Returns the crosswalk whose source is the framework's edition, if one was saved. */
		public Optional<Crosswalk> crosswalkOf(Framework framework) {
			String key = editionKey(framework);
			return crosswalks.stream().filter(crosswalk -> key.equals(crosswalk.getSourceEdition())).findFirst();
		}
	}

	private ComparisonStore() {
	}

	/**
	 * Returns the file of a framework edition, relative to the workspace folder.
	 *
	 * @throws IllegalArgumentException when the framework id or edition cannot serve as a file name
	 */
	public static Path frameworkPath(Framework framework) {
		return path(FRAMEWORKS_FOLDER, framework.getId(), framework.getEdition());
	}

	/**
	 * Returns the file of a crosswalk, named after its source edition, relative to the workspace folder.
	 *
	 * @throws IllegalArgumentException when the source edition is not {@code <framework id>/<edition>}
	 *                                  with ids that can serve as file names
	 */
	public static Path crosswalkPath(Crosswalk crosswalk) {
		String source = crosswalk.getSourceEdition();
		int slash = source == null ? -1 : source.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("Invalid source edition '" + source
					+ "' of the crosswalk: it must be '<framework id>/<edition>', such as 'derby-qm/2008'");
		}
		return path(CROSSWALKS_FOLDER, source.substring(0, slash), source.substring(slash + 1));
	}

	/** Writes the framework atomically to its file in the workspace and returns the file's relative path. */
	public static Path saveFramework(Path workspaceFolder, Framework framework) throws IOException {
		Path relative = frameworkPath(framework);
		FrameworkFiles.write(framework, workspaceFolder.resolve(relative));
		return relative;
	}

	/** Writes the crosswalk atomically to its file in the workspace and returns the file's relative path. */
	public static Path saveCrosswalk(Path workspaceFolder, Crosswalk crosswalk) throws IOException {
		Path relative = crosswalkPath(crosswalk);
		CrosswalkFiles.write(crosswalk, workspaceFolder.resolve(relative));
		return relative;
	}

	/**
	 * Loads every framework and crosswalk saved in the workspace, in the order of their file paths.
	 * A file that cannot be read is left out and reported as a problem, and the others load.
	 *
	 * @throws IOException when a folder exists but cannot be listed
	 */
	public static Saved load(Path workspaceFolder) throws IOException {
		List<LoadProblem> problems = new ArrayList<>();
		List<Framework> frameworks = new ArrayList<>();
		for (Path file : files(workspaceFolder, FRAMEWORKS_FOLDER)) {
			try {
				frameworks.add(FrameworkFiles.read(workspaceFolder.resolve(file)));
			} catch (IOException e) {
				problems.add(problem(file, e));
			}
		}
		List<Crosswalk> crosswalks = new ArrayList<>();
		for (Path file : files(workspaceFolder, CROSSWALKS_FOLDER)) {
			try {
				crosswalks.add(CrosswalkFiles.read(workspaceFolder.resolve(file)));
			} catch (IOException | RuntimeException e) {
				problems.add(problem(file, e));
			}
		}
		return new Saved(List.copyOf(frameworks), List.copyOf(crosswalks), List.copyOf(problems));
	}

	/** Returns the edition key {@code <framework id>/<edition>} that crosswalks record. */
	public static String editionKey(Framework framework) {
		return framework.getId() + "/" + framework.getEdition();
	}

	private static Path path(String folder, String frameworkId, String edition) {
		for (String id : List.of(frameworkId == null ? "" : frameworkId, edition == null ? "" : edition)) {
			if (!WorkspaceLayout.isFileNameId(id)) {
				throw new IllegalArgumentException("Invalid framework id or edition '" + id
						+ "': it names a file or folder, so it must start with a letter or digit and contain only"
						+ " letters, digits, '.', '-' and '_'");
			}
		}
		return Path.of(folder, frameworkId, edition + EXTENSION);
	}

	private static List<Path> files(Path workspaceFolder, String folder) throws IOException {
		Path root = workspaceFolder.resolve(folder);
		try (Stream<Path> paths = Files.find(root, 2, (path, attributes) -> attributes.isRegularFile()
				&& path.getFileName().toString().endsWith(EXTENSION) && !path.getFileName().toString().startsWith("."))) {
			return paths.map(workspaceFolder::relativize)
					.sorted((a, b) -> WorkspaceLayout.toPortableString(a).compareTo(WorkspaceLayout.toPortableString(b)))
					.toList();
		} catch (NoSuchFileException e) {
			return List.of();
		}
	}

	/** Reports a file left out of loading; the message of the failure names what is wrong with it. */
	private static LoadProblem problem(Path file, Exception e) {
		return new LoadProblem(file, OptionalInt.empty(), OptionalInt.empty(), LoadProblem.Kind.UNREADABLE,
				String.valueOf(e.getMessage()));
	}
}
