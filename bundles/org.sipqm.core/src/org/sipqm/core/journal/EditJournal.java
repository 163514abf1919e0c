package org.sipqm.core.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.store.WorkspaceResourceSet;
import org.sipqm.core.internal.store.XmiResources;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.LASelfEvaluation;

/**
 * The autosave journal of a workspace: for each evaluation with unsaved edits, one file under
 * {@code .sipqm/journal/} contains a snapshot of the whole evaluation, serialised as the store saves
 * it, so that the edits can be recovered after the program was killed or crashed.
 * <p>
 * An entry file is a header of UTF-8 {@code key: value} lines, a blank line and the snapshot's
 * XMI bytes. The header names the evaluation's workspace-relative file, its label, the time of the
 * last journalled edit, the SHA-256 of the evaluation's file as it was on disk when the snapshot
 * was written, and the SHA-256 and length of the snapshot. Each entry is written atomically, and
 * its file name is derived from the evaluation's path, so that one evaluation has at most one
 * entry.
 * <p>
 * The methods do file input and output only, except {@link #serialise(Evaluation)}, which reads
 * the model and must run on the thread that edits it. Writes and deletes of one journal must not
 * run concurrently for the same evaluation; run them on one thread.
 */
public final class EditJournal {

	/** The journal's folder, relative to the workspace folder. */
	public static final String FOLDER = WorkspaceLayout.METADATA_FOLDER + "/journal"; //$NON-NLS-1$

	/** File name extension of entry files. */
	public static final String ENTRY_EXTENSION = ".journal"; //$NON-NLS-1$

	private static final String MAGIC = "SIP QM edit journal 1"; //$NON-NLS-1$
	private static final String KEY_FILE = "file"; //$NON-NLS-1$
	private static final String KEY_LABEL = "label"; //$NON-NLS-1$
	private static final String KEY_EDITED = "edited"; //$NON-NLS-1$
	private static final String KEY_FILE_SHA256 = "file-sha256"; //$NON-NLS-1$
	private static final String KEY_SNAPSHOT_SHA256 = "snapshot-sha256"; //$NON-NLS-1$
	private static final String KEY_SNAPSHOT_BYTES = "snapshot-bytes"; //$NON-NLS-1$
	private static final String NO_FILE = "none"; //$NON-NLS-1$

	/** Upper bound of the header's length, so that a corrupt entry without a blank line is not read whole. */
	private static final int MAX_HEADER_BYTES = 64 * 1024;

	private final Path workspaceRoot;
	private final Path folder;

	/** Creates the journal of the workspace in the folder; nothing is written until the first entry. */
	public EditJournal(Path workspaceRoot) {
		this.workspaceRoot = workspaceRoot.toAbsolutePath().normalize();
		this.folder = this.workspaceRoot.resolve(FOLDER);
	}

	/** Returns the journal folder, absolute. */
	public Path folder() {
		return folder;
	}

	/**
	 * Returns the entry file of the evaluation's file: the first 128 bits of the SHA-256 of its
	 * workspace-relative path, in hexadecimal, so that the name is stable and safe on every file system.
	 */
	public Path entryFile(String evaluationPath) {
		byte[] digest = sha256(evaluationPath.getBytes(StandardCharsets.UTF_8));
		return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ENTRY_EXTENSION);
	}

	/**
	 * Serialises the evaluation as the store saves it. Call it on the thread that edits the model.
	 *
	 * @throws IOException when the evaluation is in no resource or the serialiser fails, such as on
	 *                     a reference to an element that is in no file
	 */
	public static byte[] serialise(Evaluation evaluation) throws IOException {
		Resource resource = evaluation.eResource();
		if (resource == null) {
			throw new IOException("The evaluation " + evaluation.getId() + " is in no file, so it cannot be journalled"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			resource.save(out, XmiResources.saveOptions());
		} catch (RuntimeException e) {
			// EMF reports some failures unchecked, such as a character that XML cannot hold.
			throw new IOException(e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/**
	 * Serialises a small evaluation of its own, which no other thread can see, so that a background
	 * thread can load the serialiser's classes before the first real snapshot.
	 */
	public static void warmUpSerialiser() throws IOException {
		LASelfEvaluation evaluation = EvaluationFactory.eINSTANCE.createLASelfEvaluation();
		evaluation.setId("warm-up"); //$NON-NLS-1$
		evaluation.getJudgements().add(EvaluationFactory.eINSTANCE.createJudgement());
		Resource resource = new WorkspaceResourceSet().createResource(URI.createFileURI("/warm-up.xmi")); //$NON-NLS-1$
		resource.getContents().add(evaluation);
		serialise(evaluation);
	}

	/**
	 * Writes the entry of the evaluation's file atomically, replacing any earlier entry of that file.
	 *
	 * @param evaluationPath the evaluation's file relative to the workspace folder, with forward slashes
	 * @param label          the evaluation's label, shown when the entry is offered for recovery
	 * @param snapshot       the evaluation serialised by {@link #serialise(Evaluation)}
	 * @param editedAt       the time of the last edit that the snapshot contains
	 * @throws IOException when the entry cannot be written; an earlier entry then stays as it was
	 */
	public void write(String evaluationPath, String label, byte[] snapshot, Instant editedAt) throws IOException {
		Map<String, String> header = new LinkedHashMap<>();
		header.put(KEY_FILE, evaluationPath);
		header.put(KEY_LABEL, label.replaceAll("\\R", " ")); //$NON-NLS-1$ //$NON-NLS-2$
		header.put(KEY_EDITED, editedAt.toString());
		header.put(KEY_FILE_SHA256, hashOfFile(evaluationPath));
		header.put(KEY_SNAPSHOT_SHA256, HexFormat.of().formatHex(sha256(snapshot)));
		header.put(KEY_SNAPSHOT_BYTES, Integer.toString(snapshot.length));

		StringBuilder text = new StringBuilder(MAGIC).append('\n');
		header.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n')); //$NON-NLS-1$
		text.append('\n');
		byte[] headerBytes = text.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(entryFile(evaluationPath), out -> {
			out.write(headerBytes);
			out.write(snapshot);
		});
	}

	/**
	 * Lists the entries, ordered by evaluation path, each checked: a corrupt entry is listed as
	 * {@link JournalEntry.State#CORRUPT} and one whose evaluation file changed since as
	 * {@link JournalEntry.State#STALE}, each with the reason. Listing changes no file.
	 *
	 * @throws IOException when the journal folder exists but cannot be listed
	 */
	public List<JournalEntry> list() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<JournalEntry> entries = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + ENTRY_EXTENSION)) { //$NON-NLS-1$
			for (Path file : files) {
				// Temporary files of an interrupted atomic write start with a dot and are no entries.
				if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) { //$NON-NLS-1$
					entries.add(check(file));
				}
			}
		}
		entries.sort(Comparator.comparing(JournalEntry::evaluationPath));
		return List.copyOf(entries);
	}

	/**
	 * Renames the entry of the evaluation's file, if there is one, to a name of its own, so that a
	 * new entry of that file does not replace it. The renamed entry is still listed, and only
	 * {@link #delete(JournalEntry)} deletes it.
	 *
	 * @return the renamed entry file, or null when the evaluation had no entry
	 * @throws IOException when the entry exists but cannot be renamed
	 */
	public Path keepAside(String evaluationPath) throws IOException {
		Path entry = entryFile(evaluationPath);
		if (!Files.exists(entry)) {
			return null;
		}
		String name = entry.getFileName().toString();
		String stem = name.substring(0, name.length() - ENTRY_EXTENSION.length());
		for (long suffix = System.currentTimeMillis();; suffix++) {
			Path target = folder.resolve(stem + "-" + suffix + ENTRY_EXTENSION); //$NON-NLS-1$
			if (!Files.exists(target)) {
				return Files.move(entry, target);
			}
		}
	}

	/**
	 * Deletes the entry of the evaluation's file, if there is one.
	 *
	 * @throws IOException when the entry exists but cannot be deleted
	 */
	public void delete(String evaluationPath) throws IOException {
		Files.deleteIfExists(entryFile(evaluationPath));
	}

	/**
	 * Deletes a listed entry, corrupt or not.
	 *
	 * @throws IOException when the entry exists but cannot be deleted
	 */
	public void delete(JournalEntry entry) throws IOException {
		Files.deleteIfExists(entry.entryFile());
	}

	/**
	 * Loads the entry's snapshot into a resource of its own, with the URI of the evaluation's file,
	 * so that its references to the organisation resolve against the workspace like the file's.
	 * The entry is read again, so a corrupt file is reported even if it was intact when listed.
	 *
	 * @throws IOException when the entry is corrupt or its snapshot is no evaluation; the message
	 *                     names the entry file and the evaluation file
	 */
	public Evaluation load(JournalEntry entry) throws IOException {
		Parsed parsed = parse(entry.entryFile());
		Path evaluationFile = workspaceRoot.resolve(parsed.evaluationPath());
		WorkspaceResourceSet resourceSet = new WorkspaceResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(evaluationFile.toString()));
		try {
			resource.load(new ByteArrayInputStream(parsed.snapshot()), XmiResources.loadOptions());
		} catch (IOException | RuntimeException e) {
			throw corrupt(entry.entryFile(), parsed.evaluationPath(), NLS.bind(Messages.EditJournal_snapshotUnreadable,
					e.getMessage()));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Evaluation evaluation)) {
			throw corrupt(entry.entryFile(), parsed.evaluationPath(), Messages.EditJournal_snapshotNoEvaluation);
		}
		return evaluation;
	}

	private JournalEntry check(Path file) {
		Parsed parsed;
		try {
			parsed = parse(file);
		} catch (JournalCorruptException e) {
			return new JournalEntry(file, e.evaluationPath(), "", null, JournalEntry.State.CORRUPT, e.reason()); //$NON-NLS-1$
		} catch (IOException e) {
			return new JournalEntry(file, file.getFileName().toString(), "", null, JournalEntry.State.CORRUPT, //$NON-NLS-1$
					NLS.bind(Messages.EditJournal_unreadable, e.getMessage()));
		}

		String stale = staleReason(parsed);
		return new JournalEntry(file, parsed.evaluationPath(), parsed.label(), parsed.editedAt(),
				stale == null ? JournalEntry.State.RECOVERABLE : JournalEntry.State.STALE, stale);
	}

	private String staleReason(Parsed parsed) {
		String current;
		try {
			current = hashOfFile(parsed.evaluationPath());
		} catch (IOException e) {
			return NLS.bind(Messages.EditJournal_fileUnreadable, parsed.evaluationPath(), e.getMessage());
		}
		if (current.equals(parsed.fileHash())) {
			return null;
		}
		if (NO_FILE.equals(current)) {
			return NLS.bind(Messages.EditJournal_fileMissing, parsed.evaluationPath());
		}
		return NLS.bind(Messages.EditJournal_fileChanged, parsed.evaluationPath());
	}

	private Parsed parse(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		String fallbackName = file.getFileName().toString();
		int end = headerEnd(content);
		if (!startsWith(content, (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII)) || end < 0) { //$NON-NLS-1$
			throw corrupt(file, fallbackName, Messages.EditJournal_noHeader);
		}

		Map<String, String> header = new LinkedHashMap<>();
		String[] lines = new String(content, 0, end, StandardCharsets.UTF_8).split("\n"); //$NON-NLS-1$
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(": "); //$NON-NLS-1$
			if (colon <= 0) {
				throw corrupt(file, fallbackName, NLS.bind(Messages.EditJournal_badHeaderLine, i + 1));
			}
			header.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
		}

		String evaluationPath = header.get(KEY_FILE);
		if (evaluationPath == null || evaluationPath.isBlank() || !isInsideWorkspace(evaluationPath)) {
			throw corrupt(file, fallbackName, NLS.bind(Messages.EditJournal_badValue, KEY_FILE));
		}
		String fileHash = required(file, evaluationPath, header, KEY_FILE_SHA256);
		String snapshotHash = required(file, evaluationPath, header, KEY_SNAPSHOT_SHA256);
		Instant editedAt;
		int length;
		try {
			editedAt = Instant.parse(required(file, evaluationPath, header, KEY_EDITED));
			length = Integer.parseInt(required(file, evaluationPath, header, KEY_SNAPSHOT_BYTES));
		} catch (DateTimeParseException | NumberFormatException e) {
			throw corrupt(file, evaluationPath, NLS.bind(Messages.EditJournal_badValue, e.getMessage()));
		}

		byte[] snapshot = Arrays.copyOfRange(content, end + 2, content.length);
		if (snapshot.length != length) {
			throw corrupt(file, evaluationPath, NLS.bind(Messages.EditJournal_wrongLength, length, snapshot.length));
		}
		if (!HexFormat.of().formatHex(sha256(snapshot)).equals(snapshotHash)) {
			throw corrupt(file, evaluationPath, Messages.EditJournal_wrongChecksum);
		}
		return new Parsed(evaluationPath, header.getOrDefault(KEY_LABEL, ""), editedAt, fileHash, snapshot); //$NON-NLS-1$
	}

	private boolean isInsideWorkspace(String evaluationPath) {
		Path resolved = workspaceRoot.resolve(evaluationPath).normalize();
		return resolved.startsWith(workspaceRoot) && !resolved.equals(workspaceRoot);
	}

	private static String required(Path file, String evaluationPath, Map<String, String> header, String key)
			throws JournalCorruptException {
		String value = header.get(key);
		if (value == null || value.isBlank()) {
			throw corrupt(file, evaluationPath, NLS.bind(Messages.EditJournal_badValue, key));
		}
		return value;
	}

	/** Returns the index of the first byte of the blank line that ends the header, or -1. */
	private static int headerEnd(byte[] content) {
		int limit = Math.min(content.length - 1, MAX_HEADER_BYTES);
		for (int i = 0; i < limit; i++) {
			if (content[i] == '\n' && content[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private String hashOfFile(String evaluationPath) throws IOException {
		try {
			return HexFormat.of().formatHex(sha256(Files.readAllBytes(workspaceRoot.resolve(evaluationPath))));
		} catch (NoSuchFileException e) {
			return NO_FILE;
		}
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", e); //$NON-NLS-1$
		}
	}

	private static JournalCorruptException corrupt(Path entryFile, String evaluationPath, String reason) {
		return new JournalCorruptException(entryFile, evaluationPath, reason);
	}

	private record Parsed(String evaluationPath, String label, Instant editedAt, String fileHash, byte[] snapshot) {
	}
}
