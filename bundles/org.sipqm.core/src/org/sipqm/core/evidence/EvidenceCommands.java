package org.sipqm.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sipqm.core.internal.CoreLog;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.EvidenceItem;

/**
 * Builds the editing-domain commands that link evidence items to a judgement or response, unlink
 * them, and create a new item with an attached file. Each user action is one command, so one Undo
 * reverses it.
 */
public final class EvidenceCommands {

	private EvidenceCommands() {
	}

	/**
	 * Returns a command that links the items to the owner's evidence reference, in the given order,
	 * skipping the items it links already, or an unexecutable command when it links all of them.
	 */
	public static Command link(EditingDomain domain, EObject owner, EReference evidence,
			Collection<EvidenceItem> items) {
		List<?> linked = (List<?>) owner.eGet(evidence);
		List<EvidenceItem> added = new ArrayList<>();
		for (EvidenceItem item : items) {
			if (!linked.contains(item) && !added.contains(item)) {
				added.add(item);
			}
		}
		if (added.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return AddCommand.create(domain, owner, evidence, added);
	}

	/** Returns a command that removes the link from the owner to the item; the item stays in its evaluation. */
	public static Command unlink(EditingDomain domain, EObject owner, EReference evidence, EvidenceItem item) {
		return RemoveCommand.create(domain, owner, evidence, item);
	}

	/**
	 * Copies the draft's attachment, if any, into the workspace's evidence folder and returns a
	 * command that adds a new item with the draft's fields to the evaluation and links it to the
	 * owner. The model changes only when the command executes.
	 * <p>
	 * The copy is made first, so that a failed copy leaves the model untouched. The command deletes
	 * the copy when it is disposed while not in effect, unless the evaluation's file refers to the
	 * copy. That happens when it cannot execute, and when a new edit after an Undo discards it from
	 * the redo history.
	 *
	 * @throws IOException with a message naming the file and the reason when the attachment is not
	 *                     a readable file or cannot be copied
	 */
	public static Command create(Workspace workspace, EditingDomain domain, Evaluation evaluation, EObject owner,
			EReference evidence, EvidenceDraft draft) throws IOException {
		EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
		item.setId(EvidenceFiles.nextItemId(evaluation));
		item.setTitle(draft.title().strip());
		item.setKind(draft.kind());
		item.setDate(draft.date());
		item.setSource(blankToNull(draft.source()));
		item.setDescription(blankToNull(draft.description()));
		item.setImpact(draft.impact());
		item.setConcernsIndividual(draft.concernsIndividual());

		Path copy = null;
		if (draft.attachment() != null) {
			String attachment = EvidenceFiles.copyAttachment(workspace, evaluation, draft.attachment());
			item.setAttachment(attachment);
			copy = workspace.root().resolve(attachment);
		}

		CompoundCommand creation = new CompoundCommand();
		creation.append(AddCommand.create(domain, evaluation, Literals.EVALUATION__EVIDENCE, item));
		creation.append(AddCommand.create(domain, owner, evidence, item));
		return copy == null ? creation : new AttachmentCopyCommand(creation, workspace, evaluation, item, copy);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Wraps the creation of an item and deletes the item's copied attachment when the creation ends out of effect. */
	private static final class AttachmentCopyCommand extends CommandWrapper {

		private final Workspace workspace;
		private final Evaluation evaluation;
		private final EvidenceItem item;
		private final Path copy;
		private boolean inEffect;

		AttachmentCopyCommand(Command creation, Workspace workspace, Evaluation evaluation, EvidenceItem item,
				Path copy) {
			super(creation);
			this.workspace = workspace;
			this.evaluation = evaluation;
			this.item = item;
			this.copy = copy;
		}

		@Override
		public void execute() {
			super.execute();
			inEffect = true;
		}

		@Override
		public void undo() {
			super.undo();
			inEffect = false;
		}

		@Override
		public void redo() {
			super.redo();
			inEffect = true;
		}

		@Override
		public void dispose() {
			super.dispose();
			if (!inEffect && !savedFileRefersToCopy()) {
				try {
					Files.deleteIfExists(copy);
				} catch (IOException e) {
					CoreLog.error("Failed to delete " + copy + ", copied as the attachment of evidence item "
							+ item.getId() + " whose creation was undone", e);
				}
			}
		}

		/** Returns whether the evaluation's file names the attachment, as it does when saved while the item existed. */
		private boolean savedFileRefersToCopy() {
			try {
				Path file = workspace.root().resolve(workspace.pathOf(evaluation));
				return Files.isRegularFile(file) && Files.readString(file).contains(escaped(item.getAttachment()));
			} catch (IOException | IllegalArgumentException e) {
				// Without the saved file to check, keeping the copy is the safe choice.
				return true;
			}
		}

		private static String escaped(String text) {
			return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		}
	}
}
