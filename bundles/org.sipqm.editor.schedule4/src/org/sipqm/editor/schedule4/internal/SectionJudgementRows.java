package org.sipqm.editor.schedule4.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sipqm.core.edit.AttachOnEditDomain;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditingContext;

/** Gives every top-level section of schedule 4 one overall judgement to bind its fields to. */
final class SectionJudgementRows {

	/** A section's overall judgement and the editing context its fields bind through. */
	record Row(SectionJudgement judgement, EditingContext editing) {
	}

	private SectionJudgementRows() {
	}

	/**
	 * Returns the overall judgement of each section, keyed by section code. A section without one
	 * gets an ungraded judgement that the model does not contain until its first edit, which adds
	 * it in the same command, as the judgement rows do.
	 */
	static Map<String, Row> rows(EditingContext editing, List<Section> sections) {
		LASelfEvaluation evaluation = (LASelfEvaluation) editing.session().evaluation();
		Map<String, SectionJudgement> existing = new LinkedHashMap<>();
		for (SectionJudgement judgement : evaluation.getSectionJudgements()) {
			existing.putIfAbsent(judgement.getSection(), judgement);
		}

		Map<String, Row> rows = new LinkedHashMap<>();
		for (Section section : sections) {
			SectionJudgement judgement = existing.get(section.getCode());
			if (judgement == null) {
				judgement = editing.session().pendingElement("sectionJudgements/" + section.getCode(), //$NON-NLS-1$
						SectionJudgement.class, () -> ungraded(section));
			}
			AttachOnEditDomain domain = new AttachOnEditDomain(editing.domain(), evaluation,
					Literals.LA_SELF_EVALUATION__SECTION_JUDGEMENTS, judgement);
			rows.put(section.getCode(), new Row(judgement, editing.withDomain(domain)));
		}
		return rows;
	}

	private static SectionJudgement ungraded(Section section) {
		SectionJudgement judgement = EvaluationFactory.eINSTANCE.createSectionJudgement();
		judgement.setSection(section.getCode());
		judgement.setGrade(Grade.NOT_JUDGED);
		return judgement;
	}
}
