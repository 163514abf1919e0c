package org.sipqm.ui.internal.editing;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.organisation.Person;

/**
 * The status workflow of an evaluation: draft, then agreed, then published. Every change of
 * status is recorded as a {@link StatusChange}. A published evaluation is read-only; reopening it
 * returns it to draft and is recorded in the same way, with the reason the user gives.
 */
public final class StatusWorkflow {

	private StatusWorkflow() {
	}

	/** Returns whether editors show the evaluation read-only. */
	public static boolean isReadOnly(Evaluation evaluation) {
		return evaluation.getStatus() == EvaluationStatus.PUBLISHED;
	}

	/** Returns the status that follows the evaluation's status, or empty when it is published. */
	public static Optional<EvaluationStatus> next(Evaluation evaluation) {
		return switch (evaluation.getStatus()) {
		case DRAFT -> Optional.of(EvaluationStatus.AGREED);
		case AGREED -> Optional.of(EvaluationStatus.PUBLISHED);
		case PUBLISHED -> Optional.empty();
		};
	}

	/** Creates the command that moves the evaluation to its next status and records the change. */
	public static Command advance(EditingDomain domain, Evaluation evaluation, LocalDate date) {
		EvaluationStatus to = next(evaluation).orElseThrow(() -> new IllegalStateException(
				"The evaluation " + evaluation.getId() + " is published already")); //$NON-NLS-1$ //$NON-NLS-2$
		return change(domain, evaluation, to, date, null, Messages.Status_advanceLabel);
	}

	/** Creates the command that reopens a published evaluation as a draft and records the reason. */
	public static Command reopen(EditingDomain domain, Evaluation evaluation, LocalDate date, String reason) {
		if (!isReadOnly(evaluation)) {
			throw new IllegalStateException("The evaluation " + evaluation.getId() + " is not published"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return change(domain, evaluation, EvaluationStatus.DRAFT, date, reason, Messages.Status_reopenLabel);
	}

	private static Command change(EditingDomain domain, Evaluation evaluation, EvaluationStatus to, LocalDate date,
			String reason, String label) {
		StatusChange change = EvaluationFactory.eINSTANCE.createStatusChange();
		change.setFrom(evaluation.getStatus());
		change.setTo(to);
		change.setDate(date);
		change.setBy(authorName(evaluation));
		change.setReason(reason);

		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain, evaluation, Literals.EVALUATION__STATUS, to));
		command.append(AddCommand.create(domain, evaluation, Literals.EVALUATION__STATUS_CHANGES, change));
		return command;
	}

	/**
	 * Returns the name of the evaluation's author, who the change is recorded against.
	 * NOTE: the workbench has no signed-in user, so the author stands in for whoever changes the status.
	 */
	private static String authorName(Evaluation evaluation) {
		Person author = evaluation.getAuthor();
		return author == null || author.eIsProxy() ? null : author.getName();
	}
}
