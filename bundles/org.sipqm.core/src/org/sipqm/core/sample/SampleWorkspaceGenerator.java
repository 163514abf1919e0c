package org.sipqm.core.sample;

import java.io.IOException;
import java.nio.file.Path;

import org.sipqm.core.internal.sample.SampleRun;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.summary.WorkspaceSummary;

/**
 * Writes a sample workspace through the workspace store, for demonstrations, tests and
 * benchmarks. The output depends only on the seed and the scale: the same seed gives the same
 * bytes. The text comes from a phrase bank of the sort a co-ordinator would write; people and
 * schools are fictional.
 *
 * @see SampleScale
 */
public final class SampleWorkspaceGenerator {

	/** The seed of the sample workspace kept in the repository. */
	public static final long COMMITTED_SAMPLE_SEED = 2007;

	private final long seed;
	private final SampleScale scale;

	public SampleWorkspaceGenerator(long seed, SampleScale scale) {
		this.seed = seed;
		this.scale = scale;
	}

	/**
	 * Writes the workspace into the folder, creating it when missing, and returns its counts.
	 *
	 * @throws org.sipqm.core.store.InvalidWorkspaceException when the folder contains a workspace already
	 */
	public WorkspaceSummary generate(Path folder) throws IOException {
		return WorkspaceSummary.of(generateWorkspace(folder));
	}

	/** Writes the workspace as {@link #generate(Path)} does and returns it open. */
	public Workspace generateWorkspace(Path folder) throws IOException {
		return new SampleRun(seed, scale).write(folder);
	}
}
