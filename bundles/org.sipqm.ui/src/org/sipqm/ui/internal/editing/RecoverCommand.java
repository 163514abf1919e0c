package org.sipqm.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.sipqm.core.journal.SnapshotChanges;
import org.sipqm.core.journal.SnapshotChanges.Change;

/**
 * Applies the changes that recover a journalled snapshot, as one undoable edit. Undo puts back
 * every old value, including the elements of replaced containment lists, in reverse order.
 */
final class RecoverCommand extends AbstractCommand {

	private final List<Change> changes;
	private final List<Change> undoChanges = new ArrayList<>();

	RecoverCommand(List<Change> changes) {
		super(JournalMessages.Recovery_title);
		this.changes = List.copyOf(changes);
	}

	@Override
	protected boolean prepare() {
		return !changes.isEmpty();
	}

	@Override
	public void execute() {
		undoChanges.clear();
		for (Change change : changes) {
			undoChanges.add(0, currentValue(change.owner(), change.feature()));
		}
		SnapshotChanges.apply(changes);
	}

	@Override
	public void undo() {
		SnapshotChanges.apply(undoChanges);
	}

	@Override
	public void redo() {
		SnapshotChanges.apply(changes);
	}

	@Override
	public java.util.Collection<?> getAffectedObjects() {
		return changes.isEmpty() ? List.of() : List.of(changes.get(0).owner());
	}

	private static Change currentValue(EObject owner, EStructuralFeature feature) {
		if (!owner.eIsSet(feature)) {
			return new Change(owner, feature, SnapshotChanges.UNSET);
		}
		Object value = owner.eGet(feature, false);
		return new Change(owner, feature, value instanceof List<?> list ? new ArrayList<>(list) : value);
	}
}
