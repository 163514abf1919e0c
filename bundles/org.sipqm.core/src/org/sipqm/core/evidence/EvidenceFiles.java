package org.sipqm.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.internal.CoreLog;
import org.sipqm.core.internal.evidence.Messages;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;

/**
 * Adds files as evidence items of an evaluation: each file is copied under the workspace's
 * evidence folder, at {@code evidence/<LA id>/<year>/<evaluation id>/<file name>}, and the
 * evaluation is then saved, both through the workspace store, whose writes are atomic.
 */
public final class EvidenceFiles {

	private EvidenceFiles() {
	}

	/**
	 * Copies the files into the workspace, adds an evidence item for each to the evaluation, saves
	 * the evaluation and returns the new items. Each item is titled with the file name without its
	 * extension, is a document dated {@code date}, and shows no evidence of impact until the user
	 * says otherwise. When anything fails, the copies already made are deleted and the evaluation
	 * is left as it was, in memory and on disk.
	 *
	 * @throws IOException with a message that names the file and the evaluation when a file cannot
	 *                     be read or copied, or the evaluation cannot be saved
	 */
	public static List<EvidenceItem> add(Workspace workspace, Evaluation evaluation, List<Path> files, LocalDate date)
			throws IOException {
		if (evaluation.eResource() == null || !workspace.evaluations().contains(evaluation)) {
			throw new IOException(NLS.bind(Messages.Import_notInWorkspace, evaluation.getId()));
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new IOException(NLS.bind(Messages.Import_notAFile, file));
			}
		}

		List<Path> copies = new ArrayList<>();
		List<EvidenceItem> items = new ArrayList<>();
		Path current = null;
		try {
			Set<String> takenIds = new HashSet<>();
			evaluation.getEvidence().forEach(item -> takenIds.add(item.getId()));
			for (Path file : files) {
				current = file;
				String attachment = copy(workspace, evaluation, file);
				copies.add(workspace.root().resolve(attachment));
				items.add(item(evaluation, file, attachment, date, takenIds));
			}
			current = null;
			evaluation.getEvidence().addAll(items);
			workspace.save(evaluation);
			return items;
		} catch (IOException | RuntimeException e) {
			evaluation.getEvidence().removeAll(items);
			deleteCopies(copies);
			Path named = current != null ? current : files.get(0);
			throw new IOException(NLS.bind(Messages.Import_failed,
					new Object[] { named.getFileName(), evaluation.getId(), e.getMessage() }), e);
		}
	}

	/**
	 * Copies one file below the evaluation's evidence folder, as {@link #add} does, without adding an
	 * item or saving, and returns the copy's path relative to the workspace folder, as an item's
	 * attachment records it. The caller adds the item, such as through an editing domain's command.
	 *
	 * @throws IOException with a message that names the file and the reason when it is not a
	 *                     readable file or cannot be copied; no copy is then left behind
	 */
	public static String copyAttachment(Workspace workspace, Evaluation evaluation, Path file) throws IOException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IOException(NLS.bind(Messages.Import_notAFile, file));
		}
		try {
			return copy(workspace, evaluation, file);
		} catch (IOException | RuntimeException e) {
			throw new IOException(NLS.bind(Messages.Import_copyFailed, file, e.getMessage()), e);
		}
	}

	/** Returns the first evidence item id of the form {@code <evaluation id>-e001} that the evaluation does not use. */
	public static String nextItemId(Evaluation evaluation) {
		Set<String> takenIds = new HashSet<>();
		evaluation.getEvidence().forEach(item -> takenIds.add(item.getId()));
		return nextId(evaluation.getId(), takenIds);
	}

	/** Copies the file below the evaluation's evidence folder, under a name no other file has, and returns its path. */
	private static String copy(Workspace workspace, Evaluation evaluation, Path file) throws IOException {
		String folder = evidenceFolder(evaluation);
		String fileName = file.getFileName().toString();
		String name = folder + "/" + fileName;
		Path evidence = workspace.root().resolve(WorkspaceLayout.EVIDENCE_FOLDER);
		for (int number = 2; Files.exists(evidence.resolve(name)); number++) {
			name = folder + "/" + numbered(fileName, number);
		}
		// NOTE: The store writes attachments from memory, so a file is read whole; very large files need a streaming copy.
		return workspace.saveAttachment(name, Files.readAllBytes(file));
	}

	private static String evidenceFolder(Evaluation evaluation) {
		String authority = evaluation.getLocalAuthority() == null ? "unknown" : evaluation.getLocalAuthority().getId();
		String year;
		try {
			year = AcademicYear.parse(evaluation.getAcademicYear()).folderName();
		} catch (IllegalArgumentException e) {
			year = "unknown-year";
		}
		return authority + "/" + year + "/" + evaluation.getId();
	}

	/** Returns "report (2).pdf" for "report.pdf" and number 2. */
	private static String numbered(String fileName, int number) {
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		String extension = dot > 0 ? fileName.substring(dot) : "";
		return stem + " (" + number + ")" + extension;
	}

	private static EvidenceItem item(Evaluation evaluation, Path file, String attachment, LocalDate date,
			Set<String> takenIds) {
		EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
		item.setId(nextId(evaluation.getId(), takenIds));
		String fileName = file.getFileName().toString();
		int dot = fileName.lastIndexOf('.');
		item.setTitle(dot > 0 ? fileName.substring(0, dot) : fileName);
		item.setKind(EvidenceKind.DOCUMENT);
		item.setDate(date);
		item.setSource(fileName);
		item.setAttachment(attachment);
		return item;
	}

	/** Returns the first free id of the form {@code <evaluation id>-e001}, and takes it. */
	private static String nextId(String evaluationId, Set<String> takenIds) {
		for (int number = 1;; number++) {
			String id = String.format(Locale.ROOT, "%s-e%03d", evaluationId, number);
			if (takenIds.add(id)) {
				return id;
			}
		}
	}

	private static void deleteCopies(List<Path> copies) {
		for (Path copy : copies) {
			try {
				Files.deleteIfExists(copy);
			} catch (IOException e) {
				CoreLog.error("Failed to delete " + copy + ", copied as evidence before adding the evidence failed", e);
			}
		}
	}
}
