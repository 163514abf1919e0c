package org.sipqm.core;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;

/** Facts about evaluations that the model does not store, such as the schedule each class records. */
public final class Evaluations {

	private Evaluations() {
	}

	/**
	 * Returns the number of the framework schedule that the evaluation records: 1 for a termly
	 * review, 2 for a headteacher discussion, 3 for a shadow visit and 4 for an LA self-evaluation.
	 *
	 * @throws IllegalArgumentException for an evaluation class that records no national schedule
	 */
	public static int scheduleOf(Evaluation evaluation) {
		return switch (evaluation) {
		case TermlyReview review -> 1;
		case HeadteacherDiscussion discussion -> 2;
		case ShadowVisit visit -> 3;
		case LASelfEvaluation selfEvaluation -> 4;
		default -> throw new IllegalArgumentException("No schedule is known for " + evaluation.eClass().getName());
		};
	}

	/** Returns the evaluation class that records the schedule, as {@link #scheduleOf} maps them. */
	public static EClass classOf(int schedule) {
		EvaluationPackage evaluationPackage = EvaluationPackage.eINSTANCE;
		return switch (schedule) {
		case 1 -> evaluationPackage.getTermlyReview();
		case 2 -> evaluationPackage.getHeadteacherDiscussion();
		case 3 -> evaluationPackage.getShadowVisit();
		case 4 -> evaluationPackage.getLASelfEvaluation();
		default -> throw new IllegalArgumentException("Invalid schedule number " + schedule + ": expected 1 to 4");
		};
	}

	/** Returns the evaluation that contains the element, or null when it is in none. */
	public static Evaluation containing(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Evaluation evaluation) {
				return evaluation;
			}
		}
		return null;
	}
}
