package org.sipqm.core.evidence;

import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.ImpactEvidence;

/**
 * The evidence of impact that grades require, as a framework's grade scale records it in
 * {@link GradeLevel#getEvidenceRequired()}: in edition 1, substantial for grade 1 and at least
 * emerging for grade 2.
 */
public final class ImpactRequirements {

	private ImpactRequirements() {
	}

	/** Returns the framework's level for the grade, or null when the grade is not judged or the scale lacks it. */
	public static GradeLevel level(Framework framework, Grade grade) {
		if (grade == null || grade == Grade.NOT_JUDGED || framework.getGradeScale() == null) {
			return null;
		}
		return framework.getGradeScale().getLevels().stream()
				.filter(level -> level.getColumn() == grade.getValue())
				.findFirst()
				.orElse(null);
	}

	/** Returns the impact that the grade requires, or null when it requires none. */
	public static ImpactEvidence required(Framework framework, Grade grade) {
		GradeLevel level = level(framework, grade);
		if (level == null || level.getEvidenceRequired() == null || level.getEvidenceRequired() == ImpactEvidence.NONE) {
			return null;
		}
		return level.getEvidenceRequired();
	}

	/** Returns the strongest impact among the judgement's resolved evidence items, or null when it links none. */
	public static ImpactEvidence strongest(Judgement judgement) {
		ImpactEvidence strongest = null;
		for (EvidenceItem item : judgement.getEvidence()) {
			if (!item.eIsProxy() && (strongest == null || item.getImpact().getValue() > strongest.getValue())) {
				strongest = item.getImpact();
			}
		}
		return strongest;
	}

	/** Returns whether the strongest impact found meets the requirement; no requirement is always met. */
	public static boolean meets(ImpactEvidence strongest, ImpactEvidence required) {
		return required == null || strongest != null && strongest.getValue() >= required.getValue();
	}
}
