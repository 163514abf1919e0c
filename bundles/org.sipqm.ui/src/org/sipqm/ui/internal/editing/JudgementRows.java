package org.sipqm.ui.internal.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.sipqm.core.edit.AttachOnEditDomain;
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
	 * Returns the row of each criterion, keyed by the canonical criterion URI. A criterion without
	 * a judgement gets an ungraded one that the model does not contain: the row's first edit adds
	 * it in the same command, so opening an editor leaves the evaluation unchanged. The added
	 * judgement goes after the judgements of the criteria before it, in the order of the criteria.
	 */
	public static Map<String, JudgementRow> rows(EditingContext editing, List<Criterion> criteria) {
		Evaluation evaluation = editing.session().evaluation();
		Map<String, Judgement> existing = existingJudgements(evaluation);
		List<String> order = criteria.stream().map(criterion -> FrameworkRegistry.criterionUri(criterion).toString())
				.toList();
		Map<String, JudgementRow> rows = new LinkedHashMap<>();
		for (String key : order) {
			Judgement judgement = existing.get(key);
			if (judgement == null) {
				judgement = editing.session().pendingElement(Literals.EVALUATION__JUDGEMENTS.getName() + "/" + key, //$NON-NLS-1$
						Judgement.class, () -> ungraded(key));
			}
			AttachOnEditDomain domain = new AttachOnEditDomain(editing.domain(), evaluation,
					Literals.EVALUATION__JUDGEMENTS, judgement, AttachOnEditDomain.positionInOrder(evaluation,
							Literals.EVALUATION__JUDGEMENTS, element -> canonical(((Judgement) element).getCriterion()),
							order, key));
			rows.put(key, new JudgementRow(key, judgement, editing.withDomain(domain)));
		}
		return rows;
	}

	/**
	 * Returns the judgement of each criterion, keyed by the canonical criterion URI, and adds an
	 * ungraded judgement for each criterion that has none. The additions are not an edit of the
	 * user's, so they leave the evaluation clean and cannot be undone; they are saved with the
	 * evaluation's next save.
	 *
	 * @deprecated the additions change the file at the next save even when the user edits nothing;
	 *             use {@link #rows(EditingContext, List)}, which adds a judgement with its first edit
	 */
	@Deprecated
	public static Map<String, Judgement> ensure(EvaluationEditingSession session, List<Criterion> criteria) {
		Evaluation evaluation = session.evaluation();
		Map<String, Judgement> existing = existingJudgements(evaluation);

		Map<String, Judgement> rows = new LinkedHashMap<>();
		CompoundCommand additions = new CompoundCommand();
		for (Criterion criterion : criteria) {
			String key = FrameworkRegistry.criterionUri(criterion).toString();
			Judgement judgement = existing.get(key);
			if (judgement == null) {
				judgement = ungraded(key);
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

	private static Map<String, Judgement> existingJudgements(Evaluation evaluation) {
		Map<String, Judgement> existing = new LinkedHashMap<>();
		for (Judgement judgement : evaluation.getJudgements()) {
			existing.putIfAbsent(canonical(judgement.getCriterion()), judgement);
		}
		return existing;
	}

	private static Judgement ungraded(String criterionUri) {
		Judgement judgement = EvaluationFactory.eINSTANCE.createJudgement();
		judgement.setCriterion(criterionUri);
		judgement.setGrade(Grade.NOT_JUDGED);
		return judgement;
	}

	private static String canonical(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).toString();
		} catch (IllegalArgumentException e) {
			return String.valueOf(criterionUri);
		}
	}
}
