package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.edit.SipqmItemProviderAdapterFactory;
import org.sipqm.model.evaluation.Evaluation;

/**
 * The editing state of one open evaluation: an EMF editing domain with its own command stack over
 * the workspace's resource set.
 * <p>
 * Each evaluation gets its own domain, not one for the whole workspace, because an evaluation is
 * saved on its own (one file each): Undo in one editor must never undo an edit of another, and
 * saving one evaluation marks only its own stack as saved. Every domain shares the workspace's
 * resource set, so references to the organisation and to other files resolve as elsewhere.
 */
public final class EvaluationEditingSession {

	private final Workspace workspace;
	private final Evaluation evaluation;
	private final SipqmItemProviderAdapterFactory adapterFactory = new SipqmItemProviderAdapterFactory();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = event -> dirtyListeners.forEach(Runnable::run);
	private final Map<String, EObject> pendingElements = new HashMap<>();

	public EvaluationEditingSession(Workspace workspace, Evaluation evaluation) {
		this.workspace = workspace;
		this.evaluation = evaluation;
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, workspace.resourceSet());
		commandStack.addCommandStackListener(stackListener);
	}

	public Evaluation evaluation() {
		return evaluation;
	}

	public Workspace workspace() {
		return workspace;
	}

	public EditingDomain domain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** Runs the listener after every execute, undo, redo and save, when the dirty state may have changed. */
	public void addDirtyListener(Runnable listener) {
		dirtyListeners.add(listener);
	}

	/** Returns whether the evaluation has changes that are not saved. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** Executes the command on this evaluation's stack, when it can be executed. */
	public boolean execute(Command command) {
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	/**
	 * Writes the evaluation to its file through {@link Workspace#save(Evaluation)}, which replaces the
	 * file atomically, and marks the command stack as saved.
	 *
	 * @throws IOException when writing fails; the file then keeps its old content and the
	 *                     evaluation stays dirty
	 */
	public void save() throws IOException {
		workspace.save(evaluation);
		commandStack.saveIsDone();
		dirtyListeners.forEach(Runnable::run);
	}

	/**
	 * Undoes the unsaved commands, or redoes those undone since the last save, until the
	 * evaluation in memory matches its file again. The resource set is shared with the navigator and
	 * the other editors, so discarded changes must not stay in it.
	 */
	public void discard() {
		while (commandStack.isSaveNeeded() && commandStack.canUndo()) {
			commandStack.undo();
		}
		while (commandStack.isSaveNeeded() && commandStack.canRedo()) {
			commandStack.redo();
		}
		// NOTE: a save point that neither undo nor redo reaches (after a flush) leaves the edits in memory.
		commandStack.flush();
	}

	/**
	 * Returns the element stored under the key, creating it with the factory on first request. An
	 * editor keeps here the elements that the model does not contain until their first edit, such
	 * as the judgement of an unjudged criterion. Every form it builds then binds to the same object,
	 * which is the one that the commands on the stack add and remove.
	 */
	public <T extends EObject> T pendingElement(String key, Class<T> type, Supplier<T> factory) {
		return type.cast(pendingElements.computeIfAbsent(key, unused -> factory.get()));
	}

	/**
	 * Removes the listeners, disposes the commands, which deletes files that undone commands copied
	 * and nothing refers to, and releases the item providers. The evaluation stays in the workspace.
	 */
	public void dispose() {
		commandStack.flush();
		commandStack.removeCommandStackListener(stackListener);
		dirtyListeners.clear();
		adapterFactory.dispose();
	}
}
