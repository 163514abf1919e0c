package org.sipqm.core.evidence;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

/**
 * A place with too little evidence, as {@link EvidenceGaps} finds them: a judgement whose linked
 * evidence is weaker than its grade requires, or a criterion that no evidence of a local
 * authority's evaluations of a term supports.
 *
 * @param kind             which of the two it is
 * @param evaluation       the evaluation of the judgement, or for a criterion the first evaluation
 *                         of the term that records the criterion's schedule
 * @param judgement        the judgement, or null for a criterion
 * @param localAuthorityId the local authority's id
 * @param localAuthority   the local authority's name
 * @param academicYear     the academic year, such as 2007/08
 * @param term             the term, or null when the evaluations record none
 * @param schedule         the schedule of the criterion
 * @param criterion        the criterion code, such as 1.1.3
 * @param grade            the judgement's grade, or null for a criterion
 * @param required         the impact the grade requires, or null for a criterion
 * @param strongest        the strongest impact linked, or null when no evidence is linked
 */
public record EvidenceGap(Kind kind, Evaluation evaluation, Judgement judgement, String localAuthorityId,
		String localAuthority, String academicYear, Term term, int schedule, String criterion, Grade grade,
		ImpactEvidence required, ImpactEvidence strongest) {

	/** The kinds of gap. */
	public enum Kind {
		/** A judgement whose linked evidence shows less impact than its grade requires. */
		JUDGEMENT_TOO_WEAK,
		/** A criterion that no linked evidence supports in a local authority's evaluations of a term. */
		CRITERION_WITHOUT_EVIDENCE
	}
}
