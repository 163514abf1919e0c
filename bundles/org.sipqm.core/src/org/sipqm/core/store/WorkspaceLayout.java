package org.sipqm.core.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.sipqm.core.calendar.AcademicYear;

/**
 * The folder layout of a workspace:
 *
 * <pre>
 * organisation.xmi                                      the organisation model
 * evaluations/&lt;LA id&gt;/&lt;academic year&gt;/&lt;evaluation id&gt;.xmi   one file per evaluation, year as 2007-08
 * evidence/                                             copies of evidence attachments
 * .sipqm/                                               reserved for the autosave journal and locks
 * </pre>
 *
 * Paths returned here are relative to the workspace folder.
 */
public final class WorkspaceLayout {

	public static final String ORGANISATION_FILE = "organisation.xmi";
	public static final String EVALUATIONS_FOLDER = "evaluations";
	public static final String EVIDENCE_FOLDER = "evidence";
	public static final String METADATA_FOLDER = ".sipqm";
	public static final String FILE_EXTENSION = "xmi";

	/** Ids used as file and folder names: letters, digits, dot, hyphen and underscore. */
	private static final Pattern FILE_NAME_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private WorkspaceLayout() {
	}

	public static Path organisationPath() {
		return Path.of(ORGANISATION_FILE);
	}

	/**
	 * Returns the path of an evaluation file.
	 *
	 * @throws IllegalArgumentException when an id cannot serve as a file name
	 */
	public static Path evaluationPath(String localAuthorityId, AcademicYear year, String evaluationId) {
		requireFileNameId(localAuthorityId, "local authority id");
		requireFileNameId(evaluationId, "evaluation id");
		return Path.of(EVALUATIONS_FOLDER, localAuthorityId, year.folderName(), evaluationId + "." + FILE_EXTENSION);
	}

	/** Returns whether the id can be used as a file or folder name in the workspace. */
	public static boolean isFileNameId(String id) {
		return id != null && FILE_NAME_ID.matcher(id).matches();
	}

	/** Returns a workspace-relative path with forward slashes, as diagnostics and tests show it. */
	public static String toPortableString(Path relativePath) {
		return relativePath.toString().replace(relativePath.getFileSystem().getSeparator(), "/");
	}

	private static void requireFileNameId(String id, String what) {
		if (!isFileNameId(id)) {
			throw new IllegalArgumentException("Invalid " + what + " '" + id
					+ "': it names a file or folder, so it must start with a letter or digit and contain only letters,"
					+ " digits, '.', '-' and '_'");
		}
	}
}
