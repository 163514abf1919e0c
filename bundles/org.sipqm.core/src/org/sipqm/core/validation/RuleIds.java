package org.sipqm.core.validation;

/** The ids of the rules the workbench ships, which diagnostics carry and filters can name. */
public final class RuleIds {

	/** A required feature is not set, such as an evaluation without an id. */
	public static final String STRUCTURE_REQUIRED = "structure.required";
	/** A feature has fewer or more values than the model allows. */
	public static final String STRUCTURE_MULTIPLICITY = "structure.multiplicity";
	/** A value does not fit its data type. */
	public static final String STRUCTURE_VALUE = "structure.value";
	/** Two elements of one file have the same id. */
	public static final String STRUCTURE_DUPLICATE_ID = "structure.duplicate-id";
	/** A reference points to an element that is in no file, so the file cannot be saved. */
	public static final String STRUCTURE_DANGLING_REFERENCE = "structure.dangling-reference";
	/** Any other structural constraint of EMF. */
	public static final String STRUCTURE_OTHER = "structure.other";
	/** A reference to an element of another file cannot be resolved. */
	public static final String REFERENCE_UNRESOLVED = "reference.unresolved";

	/** A judgement or response names its criterion with text that is not a criterion URI. */
	public static final String CRITERION_INVALID_URI = "criterion.invalid-uri";
	/** A criterion URI names no criterion of a known framework. */
	public static final String CRITERION_UNKNOWN = "criterion.unknown";
	/** A criterion belongs to another schedule than the evaluation records. */
	public static final String CRITERION_WRONG_SCHEDULE = "criterion.wrong-schedule";
	/** A criterion belongs to another framework edition than the evaluation names. */
	public static final String CRITERION_WRONG_FRAMEWORK = "criterion.wrong-framework";
	/** A section judgement names a section that the schedule lacks. */
	public static final String SECTION_UNKNOWN = "section.unknown";
	/** A protocol check names a step that the schedule's protocols lack. */
	public static final String PROTOCOL_UNKNOWN_STEP = "protocol.unknown-step";

	/** The academic year is not written as 2007/08. */
	public static final String EVALUATION_ACADEMIC_YEAR = "evaluation.academic-year";
	/** The evaluation date is outside its academic year. */
	public static final String EVALUATION_DATE_OUTSIDE_YEAR = "evaluation.date-outside-year";
	/** The evaluation date is outside its term. */
	public static final String EVALUATION_DATE_OUTSIDE_TERM = "evaluation.date-outside-term";
	/** Two evaluation files have the same evaluation id. */
	public static final String EVALUATION_DUPLICATE_ID = "evaluation.duplicate-id";
	/** An evaluation file is not where its local authority, year and id place it. */
	public static final String EVALUATION_PATH = "evaluation.path";
	/** An evidence item names an attachment file that does not exist. */
	public static final String EVIDENCE_ATTACHMENT_MISSING = "evidence.attachment-missing";

	/** A file could not be loaded, or loaded only in part. */
	public static final String LOAD_PROBLEM = "load.problem";

	private RuleIds() {
	}
}
