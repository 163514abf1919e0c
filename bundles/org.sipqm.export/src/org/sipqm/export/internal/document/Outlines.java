package org.sipqm.export.internal.document;

import java.util.List;

import org.sipqm.export.internal.document.Parts.Bookmark;
import org.sipqm.export.internal.document.Parts.JudgementsPart;
import org.sipqm.export.internal.document.Parts.Part;
import org.sipqm.export.internal.document.Parts.ResponsesPart;
import org.sipqm.export.internal.document.Parts.SectionGroup;

/** Builds the outline entries of documents. */
final class Outlines {

	private Outlines() {
	}

	static Bookmark bookmark(Part part) {
		List<Bookmark> children = switch (part) {
		case JudgementsPart judgements -> sections(judgements.sections());
		case ResponsesPart responses -> sections(responses.sections());
		default -> List.of();
		};
		return new Bookmark(part.heading(), part.anchor(), children);
	}

	private static List<Bookmark> sections(List<? extends SectionGroup<?>> sections) {
		return sections.stream()
				.map(section -> new Bookmark(section.code() + " " + section.title(), section.anchor(), List.of()))
				.toList();
	}
}
