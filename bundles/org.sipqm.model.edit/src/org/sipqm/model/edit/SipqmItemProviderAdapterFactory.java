package org.sipqm.model.edit;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.sipqm.model.evaluation.provider.EvaluationItemProviderAdapterFactory;
import org.sipqm.model.framework.provider.FrameworkItemProviderAdapterFactory;
import org.sipqm.model.organisation.provider.OrganisationItemProviderAdapterFactory;

/**
 * The item provider adapter factory for all SIP QM model elements: the generated item providers of
 * the three packages, with their labels replaced by those of {@link SipqmLabels}.
 */
public class SipqmItemProviderAdapterFactory extends DecoratorAdapterFactory {

	public SipqmItemProviderAdapterFactory() {
		super(createGeneratedFactories());
	}

	private static ComposedAdapterFactory createGeneratedFactories() {
		ComposedAdapterFactory factories = new ComposedAdapterFactory();
		factories.addAdapterFactory(new FrameworkItemProviderAdapterFactory());
		factories.addAdapterFactory(new OrganisationItemProviderAdapterFactory());
		factories.addAdapterFactory(new EvaluationItemProviderAdapterFactory());
		factories.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factories.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factories;
	}

	@Override
	protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
		return new LabelDecorator(this);
	}

	@Override
	public void dispose() {
		super.dispose();
		((ComposedAdapterFactory) getDecoratedAdapterFactory()).dispose();
	}

	/**
	 * Delegates content, property and image queries to the generated item provider and gives the
	 * label of {@link SipqmLabels}. EMF's ItemProviderDecorator implements none of the item provider
	 * interfaces itself, so this class implements and delegates each one, and it is an Adapter because
	 * DecoratorAdapterFactory returns decorators of notifiers as adapters.
	 */
	private static final class LabelDecorator extends ItemProviderDecorator implements Adapter, IEditingDomainItemProvider,
			IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

		LabelDecorator(SipqmItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			String label = SipqmLabels.text(object);
			if (label != null) {
				return label;
			}
			return decorated(IItemLabelProvider.class) instanceof IItemLabelProvider provider ? provider.getText(object)
					: String.valueOf(object);
		}

		@Override
		public Object getImage(Object object) {
			return decorated(IItemLabelProvider.class) instanceof IItemLabelProvider provider ? provider.getImage(object)
					: null;
		}

		@Override
		public Collection<?> getElements(Object object) {
			return decorated(IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider provider
					? provider.getElements(object)
					: List.of();
		}

		@Override
		public Collection<?> getChildren(Object object) {
			return decorated(ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
					? provider.getChildren(object)
					: List.of();
		}

		@Override
		public boolean hasChildren(Object object) {
			return decorated(ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
					&& provider.hasChildren(object);
		}

		@Override
		public Object getParent(Object object) {
			return decorated(ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
					? provider.getParent(object)
					: null;
		}

		@Override
		public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
			return decorated(IItemPropertySource.class) instanceof IItemPropertySource provider
					? provider.getPropertyDescriptors(object)
					: List.of();
		}

		@Override
		public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
			return decorated(IItemPropertySource.class) instanceof IItemPropertySource provider
					? provider.getPropertyDescriptor(object, propertyId)
					: null;
		}

		@Override
		public Object getEditableValue(Object object) {
			return decorated(IItemPropertySource.class) instanceof IItemPropertySource provider
					? provider.getEditableValue(object)
					: object;
		}

		@Override
		public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
			return decorated(IEditingDomainItemProvider.class) instanceof IEditingDomainItemProvider provider
					? provider.getNewChildDescriptors(object, editingDomain, sibling)
					: List.of();
		}

		@Override
		public Command createCommand(Object object, EditingDomain editingDomain, Class<? extends Command> commandClass,
				CommandParameter commandParameter) {
			return decorated(IEditingDomainItemProvider.class) instanceof IEditingDomainItemProvider provider
					? provider.createCommand(object, editingDomain, commandClass, commandParameter)
					: UnexecutableCommand.INSTANCE;
		}

		@Override
		public Notifier getTarget() {
			return decorated(Adapter.class) instanceof Adapter adapter ? adapter.getTarget() : null;
		}

		@Override
		public void setTarget(Notifier newTarget) {
			// The decorated item provider tracks its targets; the decorator has none of its own.
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return getAdapterFactory().isFactoryForType(type);
		}

		/** Returns the decorated item provider when it implements the interface, or null. */
		private Object decorated(Class<?> type) {
			Object provider = getDecoratedItemProvider();
			return type.isInstance(provider) ? provider : null;
		}
	}
}
