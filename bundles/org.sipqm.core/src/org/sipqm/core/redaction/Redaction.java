package org.sipqm.core.redaction;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;

/**
 * The one service that decides what is restricted and removes it from anything shared. The
 * framework shares evidence and data with stakeholders except where they concern the performance
 * of an individual, and keeps advice to governors on headteacher performance management
 * confidential. Restricted are therefore:
 * <ul>
 * <li>evidence items, responses, judgements and actions marked as concerning an individual;</li>
 * <li>responses and judgement rationales on criteria of section 2.5, and the rationale of the
 * overall judgement of section 2.5: advice to governors on headteacher performance management.</li>
 * </ul>
 * For a shared audience, restricted evidence items, responses and actions are removed, and a
 * restricted judgement keeps its grade but loses its rationale.
 */
public final class Redaction {

	/** The section of schedules 1, 2 and 4 on advice to governors on headteacher performance management. */
	public static final String PERFORMANCE_MANAGEMENT_SECTION = "2.5";

	private Redaction() {
	}

	/** Returns whether the element is restricted: it concerns an individual or headteacher performance management. */
	public static boolean isRestricted(EObject element) {
		return switch (element) {
		case EvidenceItem item -> item.isConcernsIndividual();
		case Response response -> response.isConcernsIndividual() || onPerformanceManagement(response.getCriterion());
		case Judgement judgement -> judgement.isConcernsIndividual() || onPerformanceManagement(judgement.getCriterion());
		case SectionJudgement judgement -> PERFORMANCE_MANAGEMENT_SECTION.equals(judgement.getSection());
		case Action action -> action.isConcernsIndividual();
		case null, default -> false;
		};
	}

	/** Returns whether a criterion URI names a criterion of section 2.5. */
	public static boolean onPerformanceManagement(String criterionUri) {
		try {
			return CriterionUri.parse(criterionUri).code().startsWith(PERFORMANCE_MANAGEMENT_SECTION + ".");
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Returns a copy of the evaluation fit for the audience, with notices of what was withheld. */
	public static RedactedEvaluation redact(Evaluation evaluation, Audience audience) {
		Evaluation copy = EcoreUtil.copy(evaluation);
		if (audience == Audience.INTERNAL) {
			return new RedactedEvaluation(copy, List.of());
		}

		List<WithheldNotice> notices = new ArrayList<>();
		List<EvidenceItem> evidence = copy.getEvidence().stream().filter(Redaction::isRestricted).toList();
		for (EvidenceItem item : evidence) {
			EcoreUtil.delete(item);
		}
		addNotice(notices, WithheldNotice.Kind.EVIDENCE_ITEMS, evidence.size(), Messages.Redaction_evidenceWithheld);

		if (copy instanceof HeadteacherDiscussion discussion) {
			List<Response> responses = discussion.getResponses().stream().filter(Redaction::isRestricted).toList();
			discussion.getResponses().removeAll(responses);
			addNotice(notices, WithheldNotice.Kind.RESPONSES, responses.size(), Messages.Redaction_responsesWithheld);
		}

		int rationales = 0;
		for (Judgement judgement : copy.getJudgements()) {
			if (isRestricted(judgement) && judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
				judgement.setRationale(null);
				rationales++;
			}
		}
		if (copy instanceof LASelfEvaluation selfEvaluation) {
			for (SectionJudgement judgement : selfEvaluation.getSectionJudgements()) {
				if (isRestricted(judgement) && judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
					judgement.setRationale(null);
					rationales++;
				}
			}
		}
		addNotice(notices, WithheldNotice.Kind.RATIONALES, rationales, Messages.Redaction_rationalesWithheld);

		if (copy.getNoteOfVisit() != null) {
			List<Action> actions = copy.getNoteOfVisit().getActions().stream().filter(Redaction::isRestricted).toList();
			copy.getNoteOfVisit().getActions().removeAll(actions);
			addNotice(notices, WithheldNotice.Kind.ACTIONS, actions.size(), Messages.Redaction_actionsWithheld);
		}
		return new RedactedEvaluation(copy, notices);
	}

	private static void addNotice(List<WithheldNotice> notices, WithheldNotice.Kind kind, int count, String message) {
		if (count > 0) {
			notices.add(new WithheldNotice(kind, count, NLS.bind(message, count)));
		}
	}
}
