package org.sipqm.ui.internal.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;

/**
 * Gives every criterion of an editor one judgement to bind its fields to, the way the paper
 * schedule has a row per criterion.
 */
public final class JudgementRows {

	private JudgementRows() {
	}

	/**
	 * Returns the judgement of each criterion, keyed by the canonical criterion URI, and adds an
	 * ungraded judgement for each criterion that has none. The additions are not an edit of the
	 * user's, so they leave the evaluation clean and cannot be undone; they are saved with the
	 * evaluation's next save.
	 */
	public static Map<String, Judgement> ensure(EvaluationEditingSession session, List<Criterion> criteria) {
		Evaluation evaluation = session.evaluation();
		Map<String, Judgement> existing = new LinkedHashMap<>();
		for (Judgement judgement : evaluation.getJudgements()) {
			existing.putIfAbsent(canonical(judgement.getCriterion()), judgement);
		}

		Map<String, Judgement> rows = new LinkedHashMap<>();
		CompoundCommand additions = new CompoundCommand();
		for (Criterion criterion : criteria) {
			String key = FrameworkRegistry.criterionUri(criterion).toString();
			Judgement judgement = existing.get(key);
			if (judgement == null) {
				judgement = EvaluationFactory.eINSTANCE.createJudgement();
				judgement.setCriterion(key);
				judgement.setGrade(Grade.NOT_JUDGED);
				additions.append(AddCommand.create(session.domain(), evaluation, Literals.EVALUATION__JUDGEMENTS,
						judgement));
			}
			rows.put(key, judgement);
		}

		boolean wasDirty = session.isDirty();
		if (!additions.isEmpty() && session.execute(additions) && !wasDirty) {
			session.commandStack().flush();
		}
		return rows;
	}

	private static String canonical(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).toString();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}
}
