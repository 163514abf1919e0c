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
	/** An evidence item's attachment path leads outside the workspace folder. */
	public static final String EVIDENCE_ATTACHMENT_OUTSIDE = "evidence.attachment-outside-workspace";
	/** An evidence item's date is outside the term of its evaluation. */
	public static final String EVIDENCE_DATE_OUTSIDE_TERM = "evidence.date-outside-term";

	/** A grade 1 or 2 judgement lacks linked evidence showing the impact its grade level requires. */
	public static final String JUDGEMENT_EVIDENCE_FOR_GRADE = "judgement.evidence-for-grade";
	/** A graded judgement of an agreed or published evaluation has no rationale. */
	public static final String JUDGEMENT_RATIONALE_MISSING = "judgement.rationale-missing";
	/** A section is judged better than the weakest judgement on one of its critical criteria. */
	public static final String SECTION_BETTER_THAN_CRITICAL = "section.better-than-critical";
	/** A critical criterion has no grade in an agreed or published evaluation. */
	public static final String CRITERION_CRITICAL_NOT_JUDGED = "criterion.critical-not-judged";

	/** A SIPCo made fewer joint visits to a local authority than its support level requires. */
	public static final String JOINT_VISIT_MISSING = "joint-visit.missing";
	/** A step of the joint-visit protocol is not done and dated although the visit is agreed. */
	public static final String JOINT_VISIT_PROTOCOL = "joint-visit.protocol-incomplete";
	/** The written summary of a joint visit did not go to both the headteacher and the LA. */
	public static final String JOINT_VISIT_SUMMARY = "joint-visit.summary-recipients";
	/** A protocol check is dated outside the term of its evaluation. */
	public static final String PROTOCOL_DATE_OUTSIDE_TERM = "protocol.date-outside-term";

	/** A schedule 2 visit or call has no record that the LA was consulted before it. */
	public static final String DISCUSSION_LA_NOT_CONSULTED = "discussion.la-not-consulted";

	/** A file could not be loaded, or loaded only in part. */
	public static final String LOAD_PROBLEM = "load.problem";

	private RuleIds() {
	}
}
