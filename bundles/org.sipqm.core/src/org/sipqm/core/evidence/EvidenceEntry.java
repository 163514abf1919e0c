package org.sipqm.core.evidence;

import java.time.LocalDate;
import java.util.List;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.organisation.Term;

/**
 * One evidence item in the {@link EvidenceIndex}, with the facts the evidence browser shows and
 * filters by. The values are taken when the entry is made; {@link EvidenceIndex#update} makes new
 * entries after an evaluation changes.
 *
 * @param item             the evidence item
 * @param evaluation       the evaluation that contains it
 * @param localAuthorityId the id of the evaluation's local authority, or an empty string
 * @param localAuthority   the name of the evaluation's local authority, or an empty string
 * @param schoolId         the id of the school a headteacher discussion or joint visit concerns, or
 *                         an empty string
 * @param school           the name of that school, or an empty string
 * @param schedule         the schedule the evaluation records, 1 to 4
 * @param term             the evaluation's term, or null
 * @param academicYear     the evaluation's academic year as written, such as 2007/08, or an empty string
 * @param criteria         the codes of the criteria whose judgements or responses link the item, sorted
 * @param judgements       the judgements that link the item
 * @param restricted       whether {@link org.sipqm.core.redaction.Redaction#isRestricted} keeps it out of shared copies
 */
public record EvidenceEntry(EvidenceItem item, Evaluation evaluation, String localAuthorityId, String localAuthority,
		String schoolId, String school, int schedule, Term term, String academicYear, List<String> criteria,
		List<Judgement> judgements, boolean restricted) {

	public EvidenceEntry {
		criteria = List.copyOf(criteria);
		judgements = List.copyOf(judgements);
	}

	public String id() {
		return text(item.getId());
	}

	public String title() {
		return text(item.getTitle());
	}

	public EvidenceKind kind() {
		return item.getKind();
	}

	/** Returns the item's date, or null when it records none. */
	public LocalDate date() {
		return item.getDate();
	}

	public ImpactEvidence impact() {
		return item.getImpact();
	}

	/** Returns the attachment path as the item records it, or an empty string. */
	public String attachment() {
		return text(item.getAttachment());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
