/**
 */
package org.sipqm.model.evaluation.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.sipqm.model.edit.internal.SipqmEditPlugin;

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage;

/**
 * This is the item provider adapter for a {@link org.sipqm.model.evaluation.Evaluation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addFrameworkPropertyDescriptor(object);
			addAcademicYearPropertyDescriptor(object);
			addTermPropertyDescriptor(object);
			addDatePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addLocalAuthorityPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_id_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Framework feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrameworkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_framework_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_framework_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__FRAMEWORK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Academic Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcademicYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_academicYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_academicYear_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__ACADEMIC_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Term feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTermPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_term_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_term_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__TERM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_date_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_status_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_author_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__AUTHOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Authority feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalAuthorityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_localAuthority_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_localAuthority_feature", "_UI_Evaluation_type"),
				 EvaluationPackage.Literals.EVALUATION__LOCAL_AUTHORITY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__JUDGEMENTS);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__EVIDENCE);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__NOTE_OF_VISIT);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__OUTCOME_INDICATORS);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__STATUS_CHANGES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Evaluation)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Evaluation_type") :
			getString("_UI_Evaluation_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Evaluation.class)) {
			case EvaluationPackage.EVALUATION__ID:
			case EvaluationPackage.EVALUATION__FRAMEWORK:
			case EvaluationPackage.EVALUATION__ACADEMIC_YEAR:
			case EvaluationPackage.EVALUATION__TERM:
			case EvaluationPackage.EVALUATION__DATE:
			case EvaluationPackage.EVALUATION__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
			case EvaluationPackage.EVALUATION__EVIDENCE:
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__JUDGEMENTS,
				 EvaluationFactory.eINSTANCE.createJudgement()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__EVIDENCE,
				 EvaluationFactory.eINSTANCE.createEvidenceItem()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__NOTE_OF_VISIT,
				 EvaluationFactory.eINSTANCE.createNoteOfVisit()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__OUTCOME_INDICATORS,
				 EvaluationFactory.eINSTANCE.createOutcomeIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__STATUS_CHANGES,
				 EvaluationFactory.eINSTANCE.createStatusChange()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SipqmEditPlugin.INSTANCE;
	}

}
