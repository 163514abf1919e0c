package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.sipqm.core.journal.EditJournal;

/**
 * Writes and deletes journal entries on one background thread, in the order they were requested,
 * so that a delete after a save always follows the last snapshot's write and typing never waits
 * for the disk.
 */
public final class JournalWriter {

	private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "SIP QM edit journal writer"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	/** Entry files whose last write failed; a failure is logged once until a write succeeds again. */
	private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

	private static final AtomicLong WRITTEN = new AtomicLong();

	private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

	private JournalWriter() {
	}

	/**
	 * Queues a write of the evaluation's entry. With {@code keepExisting}, an entry that the
	 * evaluation has already, such as one the user kept for later, is first renamed by
	 * {@link EditJournal#keepAside(String)} so that the write does not replace it.
	 */
	static void write(EditJournal journal, String evaluationPath, String label, byte[] snapshot, Instant editedAt,
			boolean keepExisting) {
		EXECUTOR.execute(() -> {
			try {
				if (keepExisting) {
					journal.keepAside(evaluationPath);
				}
				journal.write(evaluationPath, label, snapshot, editedAt);
				WRITTEN.incrementAndGet();
				FAILING.remove(key(journal, evaluationPath));
			} catch (IOException | RuntimeException e) {
				if (FAILING.add(key(journal, evaluationPath))) {
					ILog.of(JournalWriter.class).error("Failed to write the autosave journal entry of " //$NON-NLS-1$
							+ evaluationPath + " in " + journal.folder() + "; unsaved edits of it cannot be recovered" //$NON-NLS-1$ //$NON-NLS-2$
							+ " after a crash until a write succeeds", e); //$NON-NLS-1$
				}
			}
		});
	}

	/** Queues a delete of the evaluation's entry and returns its future. */
	static Future<?> delete(EditJournal journal, String evaluationPath) {
		return EXECUTOR.submit(() -> {
			try {
				journal.delete(evaluationPath);
			} catch (IOException e) {
				ILog.of(JournalWriter.class).error("Failed to delete the autosave journal entry of " + evaluationPath //$NON-NLS-1$
						+ " in " + journal.folder() + "; it will be offered for recovery at the next start", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
	}

	/**
	 * Waits until every queued write and delete has run, for at most the timeout.
	 *
	 * @return whether the queue ran empty within the timeout
	 */
	public static boolean awaitIdle(Duration timeout) {
		return await(EXECUTOR.submit(() -> {
		}), timeout);
	}

	/**
	 * Serialises a small evaluation of its own on the writer thread, once per program run, so that
	 * the XMI serialiser's classes are loaded before the first snapshot runs on the UI thread.
	 */
	static void warmUp() {
		if (!WARMED_UP.compareAndSet(false, true)) {
			return;
		}
		EXECUTOR.execute(() -> {
			try {
				EditJournal.warmUpSerialiser();
			} catch (IOException | RuntimeException e) {
				ILog.of(JournalWriter.class).warn("Warming up the journal's serialiser failed: " + e); //$NON-NLS-1$
			}
		});
	}

	/** Returns the number of entries written since the program started, for the benchmark. */
	public static long writtenCount() {
		return WRITTEN.get();
	}

	static boolean await(Future<?> future, Duration timeout) {
		try {
			future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		} catch (TimeoutException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (ExecutionException e) {
			throw new IllegalStateException("A journal task failed unexpectedly", e.getCause()); //$NON-NLS-1$
		}
	}

	private static String key(EditJournal journal, String evaluationPath) {
		return journal.entryFile(evaluationPath).toString();
	}
}
