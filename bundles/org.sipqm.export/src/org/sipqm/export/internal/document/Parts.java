package org.sipqm.export.internal.document;

import java.util.List;

/**
 * The parts of an evaluation document in the order they are printed. The templates choose how to
 * print a part by its {@code type}, and the PDF's outline has one entry per part.
 */
public final class Parts {

	private Parts() {
	}

	/** One part of a document, with the anchor that the outline and links point at. */
	public sealed interface Part permits TextPart, GradeSummaryPart, JudgementsPart, SectionGradesPart, ResponsesPart,
			ProtocolPart, ActionsPart, EvidencePart {

		String type();

		String anchor();

		String heading();
	}

	/** Prose that a user typed, such as the strengths for dissemination. */
	public record TextPart(String anchor, String heading, String text) implements Part {
		@Override
		public String type() {
			return "text";
		}
	}

	/** How many judgements were made at each grade. */
	public record GradeSummaryPart(String anchor, String heading, List<GradeCount> grades, int notEvaluated)
			implements Part {
		@Override
		public String type() {
			return "gradeSummary";
		}
	}

	/** The criterion judgements, grouped by the framework's sections. */
	public record JudgementsPart(String anchor, String heading, List<SectionGroup<JudgementEntry>> sections)
			implements Part {
		@Override
		public String type() {
			return "judgements";
		}
	}

	/** The overall judgement of each section, as schedule 4 records them. */
	public record SectionGradesPart(String anchor, String heading, List<SectionGradeEntry> sections) implements Part {
		@Override
		public String type() {
			return "sectionGrades";
		}
	}

	/** The answers to the questions of schedule 2, grouped by the framework's sections. */
	public record ResponsesPart(String anchor, String heading, List<SectionGroup<ResponseEntry>> sections)
			implements Part {
		@Override
		public String type() {
			return "responses";
		}
	}

	/** The joint-visit protocol checklist of a shadow visit. */
	public record ProtocolPart(String anchor, String heading, List<ProtocolEntry> steps) implements Part {
		@Override
		public String type() {
			return "protocol";
		}
	}

	/** The note of visit: its date, strengths, areas for improvement and agreed actions. */
	public record ActionsPart(String anchor, String heading, String date, String strengths, String areas,
			List<ActionEntry> actions) implements Part {
		@Override
		public String type() {
			return "noteOfVisit";
		}
	}

	/** The evidence items of the evaluation. */
	public record EvidencePart(String anchor, String heading, List<EvidenceEntry> items) implements Part {
		@Override
		public String type() {
			return "evidence";
		}
	}

	/** A label and its value in the document's header. */
	public record Field(String label, String value) {
	}

	/** The number of judgements at one grade; {@code gradeClass} names the CSS class of its colour. */
	public record GradeCount(String label, String gradeClass, int count) {
	}

	/** The entries of one section of the framework. */
	public record SectionGroup<T>(String anchor, String code, String title, List<T> entries) {
	}

	/** One criterion judgement, with the criterion's code and statement from the framework. */
	public record JudgementEntry(String code, String statement, boolean critical, String grade, String gradeClass,
			boolean notEvaluated, String rationale, List<EvidenceReference> evidence) {
	}

	/** The overall grade of one section. */
	public record SectionGradeEntry(String code, String title, String grade, String gradeClass, String rationale) {
	}

	/** One answer to a question of schedule 2. */
	public record ResponseEntry(String code, String statement, String answer, String example, String impact,
			List<EvidenceReference> evidence) {
	}

	/** An evidence item named under a judgement or response: its title and a line of details. */
	public record EvidenceReference(String title, String details) {
	}

	/** One step of the joint-visit protocol and whether it was done. */
	public record ProtocolEntry(String step, String done, String date, String note) {
	}

	/** One agreed action. */
	public record ActionEntry(String description, String owner, String dueDate, String status) {
	}

	/** One evidence item with its details. */
	public record EvidenceEntry(String title, String kind, String date, String source, String impact,
			String description) {
	}

	/** An entry of the PDF's outline, with the entries below it. */
	public record Bookmark(String name, String anchor, List<Bookmark> children) {
	}
}
