package org.sipqm.core.evidence;

import java.util.Locale;

import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

/**
 * A query of the evidence browser: free text and a value for each column filter. A null or empty
 * value leaves its column unfiltered. The text matches, ignoring case, entries whose title, id,
 * source, description, local authority, school or criterion codes contain every word of it.
 *
 * @param text             the words to find
 * @param localAuthorityId the local authority's id
 * @param schoolId         the school's id
 * @param academicYear     the academic year, such as 2007/08
 * @param term             the term
 * @param schedule         the schedule, 1 to 4
 * @param criterion        the criterion code, such as 1.1.3
 * @param kind             the kind of evidence
 * @param impact           the evidence of impact
 * @param restricted       whether the item is restricted
 */
public record EvidenceFilter(String text, String localAuthorityId, String schoolId, String academicYear, Term term,
		Integer schedule, String criterion, EvidenceKind kind, ImpactEvidence impact, Boolean restricted) {

	/** The filter that matches every entry. */
	public static final EvidenceFilter ALL = new EvidenceFilter(null, null, null, null, null, null, null, null, null, null);

	public EvidenceFilter withText(String value) {
		return new EvidenceFilter(value, localAuthorityId, schoolId, academicYear, term, schedule, criterion, kind, impact,
				restricted);
	}

	public EvidenceFilter withLocalAuthority(String id) {
		return new EvidenceFilter(text, id, schoolId, academicYear, term, schedule, criterion, kind, impact, restricted);
	}

	public EvidenceFilter withSchool(String id) {
		return new EvidenceFilter(text, localAuthorityId, id, academicYear, term, schedule, criterion, kind, impact,
				restricted);
	}

	public EvidenceFilter withAcademicYear(String value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, value, term, schedule, criterion, kind, impact,
				restricted);
	}

	public EvidenceFilter withTerm(Term value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, value, schedule, criterion, kind, impact,
				restricted);
	}

	public EvidenceFilter withSchedule(Integer value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, term, value, criterion, kind, impact,
				restricted);
	}

	public EvidenceFilter withCriterion(String code) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, term, schedule, code, kind, impact,
				restricted);
	}

	public EvidenceFilter withKind(EvidenceKind value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, term, schedule, criterion, value, impact,
				restricted);
	}

	public EvidenceFilter withImpact(ImpactEvidence value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, term, schedule, criterion, kind, value,
				restricted);
	}

	public EvidenceFilter withRestricted(Boolean value) {
		return new EvidenceFilter(text, localAuthorityId, schoolId, academicYear, term, schedule, criterion, kind, impact,
				value);
	}

	/** Returns the words of the text in lower case, or none when the text is empty. */
	public String[] words() {
		if (text == null || text.isBlank()) {
			return new String[0];
		}
		return text.strip().toLowerCase(Locale.ROOT).split("\\s+");
	}

	/** Returns whether the entry passes every column filter, leaving the text aside. */
	boolean matchesColumns(EvidenceEntry entry) {
		return (isEmpty(localAuthorityId) || localAuthorityId.equals(entry.localAuthorityId()))
				&& (isEmpty(schoolId) || schoolId.equals(entry.schoolId()))
				&& (isEmpty(academicYear) || academicYear.equals(entry.academicYear()))
				&& (term == null || term == entry.term())
				&& (schedule == null || schedule == entry.schedule())
				&& (isEmpty(criterion) || entry.criteria().contains(criterion))
				&& (kind == null || kind == entry.kind())
				&& (impact == null || impact == entry.impact())
				&& (restricted == null || restricted == entry.restricted());
	}

	/** Returns whether this filter has the same column filters as the other, whatever the text. */
	boolean sameColumns(EvidenceFilter other) {
		return withText(null).equals(other.withText(null));
	}

	private static boolean isEmpty(String value) {
		return value == null || value.isEmpty();
	}
}
