package org.sipqm.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the new, never a part. The content
 * goes to a temporary file in the target's folder, which is forced to disk and then renamed over
 * the target. When writing fails the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream; the caller closes the stream. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Replaces or creates the target file with what the writer writes, creating missing parent
	 * folders.
	 *
	 * @throws IOException when writing or renaming fails; the target is then unchanged
	 */
	public static void write(Path target, ContentWriter writer) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = createTemporaryFile(folder, target.getFileName().toString());

		try {
			writeAndForce(temporary, writer);
			move(temporary, target);
		} catch (IOException | RuntimeException | Error e) {
			deleteAfterFailure(temporary, e);
			throw e;
		}
	}

	/** Writes bytes as {@link #write(Path, ContentWriter)} does. */
	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	/**
	 * Creates an empty file named after the target with a random part, so that concurrent saves of
	 * one file do not collide. The leading dot hides it from file listings.
	 */
	private static Path createTemporaryFile(Path folder, String targetName) throws IOException {
		while (true) {
			long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
			Path candidate = folder.resolve("." + targetName + "." + Long.toString(random, 36) + ".tmp");
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException e) {
				// Another writer took this name; the loop draws a new one.
			}
		}
	}

	private static void writeAndForce(Path temporary, ContentWriter writer) throws IOException {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
			writer.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	// NOTE: the folder itself is not forced to disk after the rename, so after a power cut the
	// rename may be lost and the old file found again, but never a partly written one.
	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteAfterFailure(Path temporary, Throwable failure) {
		try {
			Files.deleteIfExists(temporary);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}
}
