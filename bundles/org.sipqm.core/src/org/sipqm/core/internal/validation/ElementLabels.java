package org.sipqm.core.internal.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.OutcomeIndicator;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.model.organisation.SupportAssignment;

/** Readable labels of model elements for diagnostics, such as "judgement on criterion 1.1.3". */
public final class ElementLabels {

	private ElementLabels() {
	}

	public static String label(EObject element) {
		return switch (element) {
		case Organisation organisation -> NLS.bind(Messages.Label_organisation, text(organisation.getName()));
		case Region region -> NLS.bind(Messages.Label_region, text(region.getName()));
		case LocalAuthority authority -> NLS.bind(Messages.Label_localAuthority, text(authority.getName()),
				text(authority.getId()));
		case School school -> NLS.bind(Messages.Label_school, text(school.getName()), text(school.getUrn()));
		case SchoolImprovementPartner partner -> NLS.bind(Messages.Label_partner, text(partner.getName()));
		case Person person -> NLS.bind(Messages.Label_person, text(person.getName()));
		case SupportAssignment support -> NLS.bind(Messages.Label_supportAssignment,
				new Object[] { support.getPhase(), support.getTerm(), text(support.getAcademicYear()) });
		case TermlyReview review -> NLS.bind(Messages.Label_termlyReview, text(review.getId()));
		case HeadteacherDiscussion discussion -> NLS.bind(Messages.Label_headteacherDiscussion, text(discussion.getId()));
		case ShadowVisit visit -> NLS.bind(Messages.Label_shadowVisit, text(visit.getId()));
		case LASelfEvaluation selfEvaluation -> NLS.bind(Messages.Label_selfEvaluation, text(selfEvaluation.getId()));
		case Judgement judgement -> criterionLabel(Messages.Label_judgement, judgement, judgement.getCriterion());
		case SectionJudgement judgement -> NLS.bind(Messages.Label_sectionJudgement, text(judgement.getSection()));
		case Response response -> criterionLabel(Messages.Label_response, response, response.getCriterion());
		case EvidenceItem item -> NLS.bind(Messages.Label_evidenceItem, text(item.getId()));
		case NoteOfVisit note -> Messages.Label_noteOfVisit;
		case Action action -> NLS.bind(Messages.Label_action, shorten(action.getDescription()));
		case ProtocolCheck check -> NLS.bind(Messages.Label_protocolCheck, text(check.getStep()));
		case OutcomeIndicator indicator -> NLS.bind(Messages.Label_outcomeIndicator, indicator.getKind());
		case StatusChange change -> NLS.bind(Messages.Label_statusChange, change.getTo());
		default -> element.eClass().getName();
		};
	}

	/**
	 * Returns a label naming the criterion's code, or the element's position among its siblings
	 * when it records no criterion.
	 */
	private static String criterionLabel(String template, EObject element, String criterion) {
		if (criterion != null && !criterion.isBlank()) {
			return NLS.bind(template, criterionCode(criterion));
		}
		int position = 0;
		if (element.eContainer() != null && element.eContainingFeature().isMany()) {
			position = ((List<?>) element.eContainer().eGet(element.eContainingFeature())).indexOf(element) + 1;
		}
		return NLS.bind(Messages.Label_withoutCriterion, template.equals(Messages.Label_judgement)
				? Messages.Label_judgementNoun : Messages.Label_responseNoun, position);
	}

	/** Returns the code part of a criterion URI, or the text as it is when it is no URI. */
	private static String criterionCode(String criterion) {
		try {
			return CriterionUri.parse(criterion).code();
		} catch (IllegalArgumentException e) {
			return text(criterion);
		}
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? Messages.Label_unnamed : value;
	}

	private static String shorten(String value) {
		String text = text(value);
		return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
	}
}
