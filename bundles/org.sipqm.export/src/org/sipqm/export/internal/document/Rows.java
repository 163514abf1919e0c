package org.sipqm.export.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sipqm.core.Evaluations;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.organisation.LocalAuthority;

/** The rows of the judgements and actions tables that the workbook and the CSV file hold. */
public final class Rows {

	private Rows() {
	}

	/**
	 * One criterion judgement.
	 *
	 * @param grade       the grade's label, such as "Good"
	 * @param gradeNumber the grade's column, 1 to 4, or null when not judged
	 * @param rationale   the rationale, or null when there is none or it was withheld
	 */
	public record JudgementRow(String authority, String authorityCode, String academicYear, String term, int schedule,
			String evaluationId, LocalDate date, String criterionCode, String grade, Integer gradeNumber,
			boolean notEvaluated, int evidenceCount, String rationale) {
	}

	/** One agreed action of a note of visit. */
	public record ActionRow(String authority, String authorityCode, String academicYear, String term, int schedule,
			String evaluationId, String description, String owner, LocalDate dueDate, String status) {
	}

	/** Returns the judgements of the evaluations, evaluation by evaluation, in stored order. */
	public static List<JudgementRow> judgements(List<RedactedEvaluation> evaluations) {
		List<JudgementRow> rows = new ArrayList<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			LocalAuthority authority = evaluation.getLocalAuthority();
			for (Judgement judgement : evaluation.getJudgements()) {
				Grade grade = judgement.getGrade();
				boolean judged = grade != null && grade != Grade.NOT_JUDGED && !judgement.isNotEvaluated();
				rows.add(new JudgementRow(name(authority), code(authority), evaluation.getAcademicYear(),
						SipqmLabels.term(evaluation.getTerm()), schedule(evaluation), Texts.clean(evaluation.getId()),
						evaluation.getDate(), Criteria.code(judgement.getCriterion()), SipqmLabels.grade(grade),
						judged ? grade.getValue() : null, judgement.isNotEvaluated(), judgement.getEvidence().size(),
						Texts.cleanOrNull(judgement.getRationale())));
			}
		}
		return rows;
	}

	/** Returns the agreed actions of the evaluations' notes of visit, in stored order. */
	public static List<ActionRow> actions(List<RedactedEvaluation> evaluations) {
		List<ActionRow> rows = new ArrayList<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			if (evaluation.getNoteOfVisit() == null) {
				continue;
			}
			LocalAuthority authority = evaluation.getLocalAuthority();
			for (Action action : evaluation.getNoteOfVisit().getActions()) {
				rows.add(new ActionRow(name(authority), code(authority), evaluation.getAcademicYear(),
						SipqmLabels.term(evaluation.getTerm()), schedule(evaluation), Texts.clean(evaluation.getId()),
						Texts.clean(action.getDescription()), Texts.cleanOrNull(action.getOwner()), action.getDueDate(),
						Labels.actionStatus(action.getStatus())));
			}
		}
		return rows;
	}

	static String name(LocalAuthority authority) {
		return authority == null || authority.eIsProxy() || authority.getName() == null ? ""
				: Texts.clean(authority.getName());
	}

	static String code(LocalAuthority authority) {
		return authority == null || authority.eIsProxy() || authority.getCode() == null ? ""
				: Texts.clean(authority.getCode());
	}

	static int schedule(Evaluation evaluation) {
		try {
			return Evaluations.scheduleOf(evaluation);
		} catch (IllegalArgumentException e) {
			return 0;
		}
	}
}
