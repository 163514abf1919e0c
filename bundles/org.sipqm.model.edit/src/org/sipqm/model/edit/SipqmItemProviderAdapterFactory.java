package org.sipqm.model.edit;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
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

	/** Delegates everything to the generated item provider except the label. */
	private static final class LabelDecorator extends ItemProviderDecorator {

		LabelDecorator(SipqmItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			String label = SipqmLabels.text(object);
			return label != null ? label : super.getText(object);
		}
	}
}
