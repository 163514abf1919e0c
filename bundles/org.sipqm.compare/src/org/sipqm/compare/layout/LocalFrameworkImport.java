package org.sipqm.compare.layout;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.sipqm.compare.internal.Messages;
import org.sipqm.model.framework.Framework;

/**
 * The result of reading a local framework file: a preview of the framework built from the rows that
 * could be read, and a report of those that could not. Nothing is stored by reading; the caller keeps
 * the framework only after {@link #accept()}.
 */
public record LocalFrameworkImport(Framework preview, List<ImportProblem> problems) {

	/** Returns whether the framework may be accepted: no problem blocks it and it has criteria. */
	public boolean acceptable() {
		return blockingProblemCount() == 0 && !preview.getSchedules().isEmpty();
	}

	public long blockingProblemCount() {
		return problems.stream().filter(ImportProblem::blocking).count();
	}

	/**
	 * Returns the framework for the caller to keep.
	 *
	 * @throws IllegalStateException when a problem blocks it, so that no part of a faulty file is kept
	 */
	public Framework accept() {
		if (!acceptable()) {
			throw new IllegalStateException(NLS.bind(Messages.Import_notAccepted, blockingProblemCount()));
		}
		return preview;
	}
}
