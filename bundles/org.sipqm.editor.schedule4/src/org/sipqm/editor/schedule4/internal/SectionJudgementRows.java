package org.sipqm.editor.schedule4.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EvaluationEditingSession;

/** Gives every top-level section of schedule 4 one overall judgement to bind its fields to. */
final class SectionJudgementRows {

	private SectionJudgementRows() {
	}

	/**
	 * Returns the overall judgement of each section, keyed by section code, and adds an ungraded one
	 * for each section that has none. Like the judgement rows, the additions leave the evaluation
	 * clean and are saved with its next save.
	 */
	static Map<String, SectionJudgement> ensure(EvaluationEditingSession session, List<Section> sections) {
		LASelfEvaluation evaluation = (LASelfEvaluation) session.evaluation();
		Map<String, SectionJudgement> rows = new LinkedHashMap<>();
		for (SectionJudgement judgement : evaluation.getSectionJudgements()) {
			rows.putIfAbsent(judgement.getSection(), judgement);
		}

		CompoundCommand additions = new CompoundCommand();
		for (Section section : sections) {
			if (!rows.containsKey(section.getCode())) {
				SectionJudgement judgement = EvaluationFactory.eINSTANCE.createSectionJudgement();
				judgement.setSection(section.getCode());
				judgement.setGrade(Grade.NOT_JUDGED);
				additions.append(AddCommand.create(session.domain(), evaluation,
						Literals.LA_SELF_EVALUATION__SECTION_JUDGEMENTS, judgement));
				rows.put(section.getCode(), judgement);
			}
		}

		boolean wasDirty = session.isDirty();
		if (!additions.isEmpty() && session.execute(additions) && !wasDirty) {
			session.commandStack().flush();
		}
		return rows;
	}
}
