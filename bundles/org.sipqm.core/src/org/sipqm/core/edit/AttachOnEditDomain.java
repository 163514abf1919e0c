package org.sipqm.core.edit;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.OverrideableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An editing domain for the fields of one element that the model may not contain yet, such as the
 * ungraded judgement of a criterion that has none yet. Until the first edit the element stays out of the
 * model, so opening an editor and saving without changes writes the file unchanged. Every command
 * executed through this domain's command stack first adds the element to its container when the
 * element has none, in one compound command, so that one Undo removes both the edit and the
 * element again.
 * <p>
 * Everything else, including the command stack's undo, redo and listeners, is the delegate
 * domain's, so that edits through this domain share the evaluation's one undo history.
 */
public final class AttachOnEditDomain implements EditingDomain {

	private final EditingDomain delegate;
	private final EObject container;
	private final EReference containment;
	private final EObject element;
	private final IntSupplier position;
	private final CommandStack commandStack;

	/**
	 * @param delegate    the domain whose command stack executes the commands
	 * @param container   the object that contains the element once it is edited
	 * @param containment the containment reference of the container, single-valued or many-valued
	 * @param element     the element, contained by the container or by nothing
	 */
	public AttachOnEditDomain(EditingDomain delegate, EObject container, EReference containment, EObject element) {
		this(delegate, container, containment, element, null);
	}

	/**
	 * @param delegate    the domain whose command stack executes the commands
	 * @param container   the object that contains the element once it is edited
	 * @param containment the containment reference of the container, single-valued or many-valued
	 * @param element     the element, contained by the container or by nothing
	 * @param position    returns the index of a many-valued containment at which the first edit
	 *                    inserts the element, read when that edit executes, or null to append it
	 */
	public AttachOnEditDomain(EditingDomain delegate, EObject container, EReference containment, EObject element,
			IntSupplier position) {
		if (!containment.isContainment()) {
			throw new IllegalArgumentException(containment.getName() + " is not a containment reference");
		}
		this.delegate = delegate;
		this.container = container;
		this.containment = containment;
		this.element = element;
		this.position = position;
		this.commandStack = new AttachingStack(delegate.getCommandStack());
	}

	/** Returns the element whose edits this domain attaches to its container. */
	public EObject element() {
		return element;
	}

	/** Returns whether the model contains the element, which it does after its first edit until that edit is undone. */
	public boolean isAttached() {
		return element.eContainer() != null;
	}

	/**
	 * Returns the command, preceded by adding the element to its container when the model does not
	 * contain it yet. The returned command is the one that goes on the undo stack.
	 */
	public Command withAttachment(Command command) {
		if (isAttached()) {
			return command;
		}
		Command attach;
		if (!containment.isMany()) {
			attach = SetCommand.create(delegate, container, containment, element);
		} else if (position == null) {
			attach = AddCommand.create(delegate, container, containment, element);
		} else {
			attach = AddCommand.create(delegate, container, containment, element, position.getAsInt());
		}
		CompoundCommand compound = new CompoundCommand(command.getLabel(), command.getDescription());
		compound.append(attach);
		compound.append(command);
		return compound;
	}

	/**
	 * Returns the position that keeps a many-valued containment in the order of the keys: the index
	 * after the last element whose key comes before the given key in that order. Elements whose key
	 * the order lacks do not move the position.
	 *
	 * @param keyOf returns the key of an element of the containment
	 */
	public static IntSupplier positionInOrder(EObject container, EReference containment,
			Function<EObject, String> keyOf, List<String> order, String key) {
		return () -> {
			int rank = order.indexOf(key);
			List<?> elements = (List<?>) container.eGet(containment);
			int index = 0;
			for (int i = 0; i < elements.size(); i++) {
				int other = order.indexOf(keyOf.apply((EObject) elements.get(i)));
				if (other >= 0 && other < rank) {
					index = i + 1;
				}
			}
			return index;
		};
	}

	@Override
	public CommandStack getCommandStack() {
		return commandStack;
	}

	@Override
	public Resource createResource(String fileNameURI) {
		return delegate.createResource(fileNameURI);
	}

	@Override
	public Resource loadResource(String fileNameURI) {
		return delegate.loadResource(fileNameURI);
	}

	@Override
	public ResourceSet getResourceSet() {
		return delegate.getResourceSet();
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter commandParameter) {
		return delegate.createCommand(commandClass, commandParameter);
	}

	@Override
	public Command createOverrideCommand(OverrideableCommand command) {
		return delegate.createOverrideCommand(command);
	}

	@Override
	public Collection<?> getChildren(Object object) {
		return delegate.getChildren(object);
	}

	@Override
	public Object getParent(Object object) {
		return delegate.getParent(object);
	}

	@Override
	public Object getRoot(Object object) {
		return delegate.getRoot(object);
	}

	@Override
	public Collection<?> getNewChildDescriptors(Object object, Object sibling) {
		return delegate.getNewChildDescriptors(object, sibling);
	}

	@Override
	public TreeIterator<?> treeIterator(Object object) {
		return delegate.treeIterator(object);
	}

	@Override
	public List<?> getTreePath(Object object) {
		return delegate.getTreePath(object);
	}

	@Override
	public Collection<Object> getClipboard() {
		return delegate.getClipboard();
	}

	@Override
	public void setClipboard(Collection<Object> clipboard) {
		delegate.setClipboard(clipboard);
	}

	@Override
	public boolean getOptimizeCopy() {
		return delegate.getOptimizeCopy();
	}

	@Override
	public boolean isReadOnly(Resource resource) {
		return delegate.isReadOnly(resource);
	}

	@Override
	public boolean isControllable(Object object) {
		return delegate.isControllable(object);
	}

	/** The delegate's command stack, with the element's attachment put before each executed command. */
	private final class AttachingStack implements CommandStack {

		private final CommandStack stack;

		AttachingStack(CommandStack stack) {
			this.stack = stack;
		}

		@Override
		public void execute(Command command) {
			stack.execute(command == null ? null : withAttachment(command));
		}

		@Override
		public boolean canUndo() {
			return stack.canUndo();
		}

		@Override
		public void undo() {
			stack.undo();
		}

		@Override
		public boolean canRedo() {
			return stack.canRedo();
		}

		@Override
		public Command getUndoCommand() {
			return stack.getUndoCommand();
		}

		@Override
		public Command getRedoCommand() {
			return stack.getRedoCommand();
		}

		@Override
		public Command getMostRecentCommand() {
			return stack.getMostRecentCommand();
		}

		@Override
		public void redo() {
			stack.redo();
		}

		@Override
		public void flush() {
			stack.flush();
		}

		@Override
		public void addCommandStackListener(CommandStackListener listener) {
			stack.addCommandStackListener(listener);
		}

		@Override
		public void removeCommandStackListener(CommandStackListener listener) {
			stack.removeCommandStackListener(listener);
		}
	}
}
