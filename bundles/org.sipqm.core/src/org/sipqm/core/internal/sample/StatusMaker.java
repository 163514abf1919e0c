package org.sipqm.core.internal.sample;

import java.time.LocalDate;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.StatusChange;

/** Gives an evaluation its status and the status changes that led to it. */
final class StatusMaker {

	private StatusMaker() {
	}

	static void apply(TermPlan plan, Evaluation evaluation) {
		EvaluationStatus status = plan.status();
		evaluation.setStatus(status);
		String by = evaluation.getAuthor().getName();

		LocalDate agreed = SampleRandom.onWeekday(evaluation.getDate().plusDays(plan.random.between(7, 14)));
		if (status != EvaluationStatus.DRAFT) {
			evaluation.getStatusChanges().add(change(plan, EvaluationStatus.DRAFT, EvaluationStatus.AGREED, agreed, by));
		}
		if (status == EvaluationStatus.PUBLISHED) {
			LocalDate published = SampleRandom.onWeekday(agreed.plusDays(plan.random.between(7, 21)));
			evaluation.getStatusChanges().add(change(plan, EvaluationStatus.AGREED, EvaluationStatus.PUBLISHED, published, by));
		}
	}

	private static StatusChange change(TermPlan plan, EvaluationStatus from, EvaluationStatus to, LocalDate date,
			String by) {
		StatusChange change = EvaluationFactory.eINSTANCE.createStatusChange();
		change.setFrom(from);
		change.setTo(to);
		change.setDate(date);
		change.setBy(by);
		change.setReason(plan.phrases.pick("status-reason-" + to.getLiteral(), plan.random));
		return change;
	}
}
