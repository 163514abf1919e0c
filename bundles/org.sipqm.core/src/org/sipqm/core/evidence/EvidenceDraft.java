package org.sipqm.core.evidence;

import java.nio.file.Path;
import java.time.LocalDate;

import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;

/**
 * The fields of an evidence item that the user is about to create.
 *
 * @param title              the item's title, which must not be blank
 * @param kind               the kind of evidence
 * @param date               the item's date, or null
 * @param source             where the evidence came from, or null
 * @param description        a description, or null
 * @param attachment         a file to copy into the workspace and attach, or null for none
 * @param impact             the evidence of impact the item shows
 * @param concernsIndividual whether the item concerns an individual's performance
 */
public record EvidenceDraft(String title, EvidenceKind kind, LocalDate date, String source, String description,
		Path attachment, ImpactEvidence impact, boolean concernsIndividual) {

	public EvidenceDraft {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("An evidence item needs a title");
		}
		if (kind == null) {
			kind = EvidenceKind.DOCUMENT;
		}
		if (impact == null) {
			impact = ImpactEvidence.NONE;
		}
	}
}
