package org.sipqm.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.validation.RuleIds;

/**
 * Rule ids and messages for the structural constraints that EMF's {@code EObjectValidator}
 * checks, keyed by the message keys it uses.
 */
final class StructuralMessages {

	/** A rule id and the message to show, or a null message to keep EMF's. */
	record Translation(String ruleId, String message) {
	}

	private StructuralMessages() {
	}

	static Translation translate(String messageKey, Object[] data) {
		EObject element = data.length > 0 && data[0] instanceof EObject object ? object : null;
		EStructuralFeature feature = data.length > 1 && data[1] instanceof EStructuralFeature value ? value : null;
		String elementLabel = element == null ? "" : ElementLabels.label(element);
		String featureLabel = feature == null ? "" : FeatureLabels.label(feature);

		return switch (messageKey) {
		case "_UI_RequiredFeatureMustBeSet_diagnostic" -> new Translation(RuleIds.STRUCTURE_REQUIRED,
				NLS.bind(Messages.Structure_required, elementLabel, featureLabel));
		case "_UI_FeatureHasTooFewValues_diagnostic" -> new Translation(RuleIds.STRUCTURE_MULTIPLICITY,
				NLS.bind(Messages.Structure_tooFewValues, new Object[] { elementLabel, featureLabel,
						feature == null ? "" : feature.getLowerBound() }));
		case "_UI_FeatureHasTooManyValues_diagnostic" -> new Translation(RuleIds.STRUCTURE_MULTIPLICITY,
				NLS.bind(Messages.Structure_tooManyValues, new Object[] { elementLabel, featureLabel,
						feature == null ? "" : feature.getUpperBound() }));
		case "_UI_DanglingReference_diagnostic" -> new Translation(RuleIds.STRUCTURE_DANGLING_REFERENCE,
				NLS.bind(Messages.Structure_danglingReference, elementLabel, featureLabel));
		case "_UI_DuplicateID_diagnostic" -> new Translation(RuleIds.STRUCTURE_DUPLICATE_ID,
				NLS.bind(Messages.Structure_duplicateId, elementLabel,
						data.length > 2 ? data[2] : ""));
		case "_UI_BadDataValue_diagnostic", "_UI_BadDataValueType_diagnostic" -> new Translation(RuleIds.STRUCTURE_VALUE,
				NLS.bind(Messages.Structure_badValue, elementLabel, featureLabel));
		default -> new Translation(RuleIds.STRUCTURE_OTHER, null);
		};
	}
}
