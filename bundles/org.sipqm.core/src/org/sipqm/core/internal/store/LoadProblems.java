package org.sipqm.core.internal.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.LoadProblem.Kind;
import org.xml.sax.SAXParseException;

/** Turns the errors EMF records while loading a resource into load problems. */
public final class LoadProblems {

	/** The " (file:/..., 3, 45)" that XMIException appends to its message. */
	private static final Pattern LOCATION_SUFFIX = Pattern.compile(" \\([^()]*, -?\\d+, -?\\d+\\)$");

	private LoadProblems() {
	}

	/**
	 * Returns a problem for each error of the resource. An empty list means that the failure was
	 * not a parse error, so the file could not be read.
	 */
	public static List<LoadProblem> fromErrors(Path file, Resource resource) {
		List<LoadProblem> problems = new ArrayList<>();
		boolean packageMissing = resource.getErrors().stream().anyMatch(PackageNotFoundException.class::isInstance);
		for (Resource.Diagnostic error : resource.getErrors()) {
			// A missing package makes EMF report each of its classes as missing too; one message is enough.
			if (!(packageMissing && error instanceof ClassNotFoundException)) {
				problems.add(fromError(file, error));
			}
		}
		return problems;
	}

	public static LoadProblem unreadable(Path file, Exception exception) {
		return new LoadProblem(file, OptionalInt.empty(), OptionalInt.empty(), Kind.UNREADABLE, messageOf(exception));
	}

	public static LoadProblem unknownContent(Path file, String message) {
		return new LoadProblem(file, OptionalInt.empty(), OptionalInt.empty(), Kind.UNKNOWN_CONTENT, message);
	}

	private static LoadProblem fromError(Path file, Resource.Diagnostic error) {
		Throwable cause = error instanceof Throwable throwable ? throwable.getCause() : null;
		if (cause instanceof SAXParseException parseError) {
			return new LoadProblem(file, location(parseError.getLineNumber()), location(parseError.getColumnNumber()),
					Kind.MALFORMED, parseError.getMessage());
		}

		Kind kind;
		if (error instanceof PackageNotFoundException || error instanceof ClassNotFoundException) {
			kind = Kind.UNKNOWN_CONTENT;
		} else if (error instanceof UnresolvedReferenceException) {
			kind = Kind.UNRESOLVED_REFERENCE;
		} else {
			kind = Kind.INVALID_CONTENT;
		}
		String message = LOCATION_SUFFIX.matcher(String.valueOf(error.getMessage())).replaceFirst("");
		return new LoadProblem(file, location(error.getLine()), location(error.getColumn()), kind, message);
	}

	private static OptionalInt location(int value) {
		return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
	}

	private static String messageOf(Throwable exception) {
		String message = exception.getMessage();
		return message == null || message.isBlank() ? exception.getClass().getName() : message;
	}
}
