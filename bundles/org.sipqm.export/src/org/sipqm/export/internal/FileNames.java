package org.sipqm.export.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.sipqm.export.Exporter;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * Names the files of one export. A file per evaluation is named after the evaluation's identifier
 * and the kind, such as {@code sv-831-2007-08-spring-01-note-of-visit.pdf}. A file for a selection
 * is named after the kind and what all its evaluations share, such as
 * {@code regional-summary-2007-08-autumn.xlsx}. Names that would repeat within the export get a
 * number.
 */
final class FileNames {

	private final Path folder;
	private final Set<String> used = new HashSet<>();

	FileNames(Path folder) {
		this.folder = folder;
	}

	Path forEvaluation(Exporter exporter, Evaluation evaluation) {
		return unique(safe(evaluation.getId()) + "-" + safe(exporter.kind()), exporter.fileExtension());
	}

	Path forSelection(Exporter exporter, List<Evaluation> evaluations) {
		StringBuilder stem = new StringBuilder(safe(exporter.kind()));
		appendShared(stem, evaluations, evaluation -> authorityName(evaluation.getLocalAuthority()));
		appendShared(stem, evaluations, Evaluation::getAcademicYear);
		appendShared(stem, evaluations, evaluation -> evaluation.getTerm() == null ? null : evaluation.getTerm().getLiteral());
		return unique(stem.toString(), exporter.fileExtension());
	}

	private Path unique(String stem, String extension) {
		String name = stem + "." + extension;
		for (int number = 2; !used.add(name.toLowerCase(Locale.ROOT)); number++) {
			name = stem + "-" + number + "." + extension;
		}
		return folder.resolve(name);
	}

	/** Appends the value that every evaluation shares, if there is one. */
	private static void appendShared(StringBuilder stem, List<Evaluation> evaluations, Function<Evaluation, String> value) {
		Set<String> values = new HashSet<>();
		for (Evaluation evaluation : evaluations) {
			values.add(String.valueOf(value.apply(evaluation)));
		}
		if (values.size() == 1) {
			String shared = values.iterator().next();
			if (!shared.equals("null")) {
				stem.append('-').append(safe(shared));
			}
		}
	}

	private static String authorityName(LocalAuthority authority) {
		return authority == null || authority.eIsProxy() ? null : authority.getId();
	}

	/** Returns the text with every character that is unsafe in file names replaced by a hyphen. */
	static String safe(String text) {
		String replaced = text == null ? "unnamed" : text.replaceAll("[^A-Za-z0-9._-]+", "-");
		replaced = replaced.replaceAll("^[.-]+", "");
		return replaced.isEmpty() ? "unnamed" : replaced;
	}
}
