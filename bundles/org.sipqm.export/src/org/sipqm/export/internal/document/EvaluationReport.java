package org.sipqm.export.internal.document;

import java.util.List;

import org.sipqm.export.internal.document.Parts.Bookmark;
import org.sipqm.export.internal.document.Parts.Field;
import org.sipqm.export.internal.document.Parts.Part;

/**
 * What an evaluation document shows, ready for a template: a note of visit, a termly report or a
 * headteacher discussion summary. All text is cleaned of characters that XML cannot hold.
 *
 * @param title        the kind of document, such as "Note of visit"
 * @param subtitle     the evaluation's label, such as "Joint visit: Bramlea School, Spring term 2007/08"
 * @param header       the fields of the header: local authority, school, term, author, status and so on
 * @param audienceNote the line that names the audience of the document
 * @param shared       whether the document is for a shared audience
 * @param withheld     the redaction service's notices of what was withheld, empty when nothing was
 * @param parts        the parts in the order they are printed
 * @param producedOn   the date the document was produced, written out
 */
public record EvaluationReport(String title, String subtitle, List<Field> header, String audienceNote,
		boolean shared, List<String> withheld, List<Part> parts, String producedOn) {

	/** Returns the text for the PDF's title and the HTML page's title. */
	public String documentTitle() {
		return title + ": " + subtitle;
	}

	/** Returns the PDF's outline: one entry per part, with the framework's sections below judgements and responses. */
	public List<Bookmark> bookmarks() {
		return parts.stream().map(Outlines::bookmark).toList();
	}
}
