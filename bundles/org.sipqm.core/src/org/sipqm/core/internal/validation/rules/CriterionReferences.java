package org.sipqm.core.internal.validation.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;

/** The criterion URI that a judgement or a response records. */
final class CriterionReferences {

	private CriterionReferences() {
	}

	static boolean recordsCriterion(EObject element) {
		return element instanceof Judgement || element instanceof Response;
	}

	/** Returns the recorded text, or null when the element records none. */
	static String text(EObject element) {
		return switch (element) {
		case Judgement judgement -> judgement.getCriterion();
		case Response response -> response.getCriterion();
		default -> null;
		};
	}

	/** Returns the parsed URI, or nothing when the text is missing or not a criterion URI. */
	static Optional<CriterionUri> parse(EObject element) {
		String text = text(element);
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(CriterionUri.parse(text));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
