package org.sipqm.model.edit;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.GradeScale;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.framework.SupportLevel;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * Readable labels for model elements and enumeration values, in the framework's own terms. The
 * item providers, the workbench and the command line all label elements through this class so
 * that an element reads the same everywhere.
 */
public final class SipqmLabels {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.sipqm.model.edit.messages",
			java.util.Locale.UK, SipqmLabels.class.getClassLoader());

	/** The origin of elements of the national framework. */
	public static final String NATIONAL_ORIGIN = "national";

	private SipqmLabels() {
	}

	/** Returns the label of a model element, or {@code null} for objects this class does not label. */
	public static String text(Object element) {
		return switch (element) {
		case Framework framework -> format("framework", framework.getName(), framework.getEdition());
		case Schedule schedule -> format("schedule", schedule.getNumber(), schedule.getTitle());
		case Section section -> format("section", section.getCode(), orEmpty(section.getTitle()));
		case Criterion criterion -> withOrigin(format(criterion.isCritical() ? "criterion.critical" : "criterion",
				criterion.getCode(), criterion.getStatement()), criterion.getOrigin());
		case GradeScale scale -> format("gradeScale", orUnnamed(scale.getName()));
		case GradeLevel level -> format("gradeLevel", level.getColumn(), level.getLabel());
		case SupportLevel level -> format("supportLevel", support(level.getKind()), level.getDaysPerTermPerPhase());
		case ProtocolStep step -> format("protocolStep", step.getText());
		case Region region -> format("region", orUnnamed(region.getName()));
		case LocalAuthority authority -> format("localAuthority", orUnnamed(authority.getName()), authority.getCode());
		case School school -> format("school", orUnnamed(school.getName()), school.getUrn());
		case Person person -> person.getRole() == null || person.getRole().isBlank()
				? format("person", orUnnamed(person.getName()))
				: format("person.role", orUnnamed(person.getName()), person.getRole());
		case SupportAssignment assignment -> format("supportAssignment", term(assignment.getTerm()),
				assignment.getAcademicYear(), phase(assignment.getPhase()), support(assignment.getLevel()));
		case Evaluation evaluation -> evaluation(evaluation);
		case Judgement judgement -> judgement.isNotEvaluated()
				? format("judgement.notEvaluated", criterionCode(judgement.getCriterion()))
				: format("judgement", criterionCode(judgement.getCriterion()), grade(judgement.getGrade()));
		case SectionJudgement judgement -> format("sectionJudgement", judgement.getSection(), grade(judgement.getGrade()));
		case Response response -> format("response", criterionCode(response.getCriterion()), orEmpty(response.getAnswer()));
		case EvidenceItem item -> orUnnamed(item.getTitle());
		case NoteOfVisit note -> note.getDate() == null ? message("noteOfVisit")
				: format("noteOfVisit.dated", note.getDate());
		case Action action -> format("action", orUnnamed(action.getDescription()));
		case ProtocolCheck check -> format("protocolCheck", check.getStep(),
				message(check.isDone() ? "done" : "notDone"));
		case StatusChange change -> format("statusChange", status(change.getFrom()), status(change.getTo()),
				change.getDate());
		case null, default -> null;
		};
	}

	/** Returns the evaluation's label: its kind, subject, term and academic year. */
	public static String evaluation(Evaluation evaluation) {
		String period = format("evaluation.period", term(evaluation.getTerm()), evaluation.getAcademicYear());
		return switch (evaluation) {
		case TermlyReview review -> format("evaluation.1", subject(review.getLocalAuthority()), period);
		case HeadteacherDiscussion discussion -> format(
				discussion.getMode() == org.sipqm.model.evaluation.DiscussionMode.TELEPHONE_CALL ? "evaluation.2.call"
						: "evaluation.2.visit",
				schoolOrAuthority(discussion.getSchool(), discussion.getLocalAuthority()), period);
		case ShadowVisit visit -> format("evaluation.3", schoolOrAuthority(visit.getSchool(), visit.getLocalAuthority()),
				period);
		case LASelfEvaluation selfEvaluation -> format("evaluation.4", subject(selfEvaluation.getLocalAuthority()), period);
		default -> evaluation.eClass().getName() + " " + period;
		};
	}

	/** Returns the label of a grade, for example "Requires some improvement". */
	public static String grade(Grade grade) {
		return message("grade." + (grade == null ? Grade.NOT_JUDGED : grade).name());
	}

	/** Returns the name of a term, for example "Autumn". */
	public static String term(Term term) {
		return term == null ? message("unnamed") : message("term." + term.name());
	}

	/** Returns the label of an evaluation status, for example "Agreed". */
	public static String status(EvaluationStatus status) {
		return status == null ? message("unnamed") : message("status." + status.name());
	}

	/** Returns the name of a support level, for example "Intensive". */
	public static String support(SupportKind kind) {
		return kind == null ? message("unnamed") : message("support." + kind.name());
	}

	/** Returns the name of a school phase, for example "primary". */
	public static String phase(Phase phase) {
		return phase == null ? message("unnamed") : message("phase." + phase.name());
	}

	/** Returns a description of the evidence of impact an item shows. */
	public static String impact(ImpactEvidence impact) {
		return message("impact." + (impact == null ? ImpactEvidence.NONE : impact).name());
	}

	/**
	 * Returns where a framework element came from, for example "local: org.sipqm.example.region",
	 * or null for an element of the national framework.
	 */
	public static String origin(String origin) {
		if (origin == null || origin.isBlank() || origin.equals(NATIONAL_ORIGIN)) {
			return null;
		}
		return format("origin.local", origin);
	}

	private static String withOrigin(String label, String origin) {
		String source = origin(origin);
		return source == null ? label : label + " [" + source + "]";
	}

	/** Returns the criterion code of a criterion URI, or the URI itself when it is not valid. */
	public static String criterionCode(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).code();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}

	private static String subject(LocalAuthority authority) {
		return authority == null || authority.eIsProxy() ? message("unnamed") : orUnnamed(authority.getName());
	}

	private static String schoolOrAuthority(School school, LocalAuthority authority) {
		if (school != null && !school.eIsProxy()) {
			return orUnnamed(school.getName());
		}
		return subject(authority);
	}

	private static String orUnnamed(String text) {
		return text == null || text.isBlank() ? message("unnamed") : text;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String message(String key) {
		return MESSAGES.getString(key);
	}

	private static String format(String key, Object... arguments) {
		return new MessageFormat(MESSAGES.getString(key), java.util.Locale.UK).format(arguments).strip();
	}
}
