package org.sipqm.core.internal.validation;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/** Readable names of model features: "academicYear" becomes "academic year", "laConsulted" "LA consulted". */
public final class FeatureLabels {

	private static final Set<String> ACRONYMS = Set.of("la", "sip", "urn");

	private FeatureLabels() {
	}

	public static String label(EStructuralFeature feature) {
		String[] words = feature.getName().split("(?<=[a-z0-9])(?=[A-Z])");
		StringBuilder label = new StringBuilder();
		for (String word : words) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (!label.isEmpty()) {
				label.append(' ');
			}
			label.append(ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT) : lower);
		}
		return label.toString();
	}
}
