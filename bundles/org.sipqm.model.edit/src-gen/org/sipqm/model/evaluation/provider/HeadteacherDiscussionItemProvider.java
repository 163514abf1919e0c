/**
 */
package org.sipqm.model.evaluation.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.HeadteacherDiscussion;

/**
 * This is the item provider adapter for a {@link org.sipqm.model.evaluation.HeadteacherDiscussion} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HeadteacherDiscussionItemProvider extends EvaluationItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HeadteacherDiscussionItemProvider(AdapterFactory adapterFactory) {
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

			addSchoolPropertyDescriptor(object);
			addModePropertyDescriptor(object);
			addLaConsultedPropertyDescriptor(object);
			addLaConsultedOnPropertyDescriptor(object);
			addSipInformedPropertyDescriptor(object);
			addFeedbackToLAPropertyDescriptor(object);
			addFeedbackToSIPPropertyDescriptor(object);
			addOverallBenefitsPropertyDescriptor(object);
			addStrengthsForDisseminationPropertyDescriptor(object);
			addAreasForImprovementPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the School feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSchoolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_school_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_school_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__SCHOOL,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_mode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_mode_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the La Consulted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLaConsultedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_laConsulted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_laConsulted_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__LA_CONSULTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the La Consulted On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLaConsultedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_laConsultedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_laConsultedOn_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sip Informed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSipInformedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_sipInformed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_sipInformed_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__SIP_INFORMED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Feedback To LA feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeedbackToLAPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_feedbackToLA_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_feedbackToLA_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Feedback To SIP feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeedbackToSIPPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_feedbackToSIP_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_feedbackToSIP_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall Benefits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallBenefitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_overallBenefits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_overallBenefits_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strengths For Dissemination feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStrengthsForDisseminationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_strengthsForDissemination_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_strengthsForDissemination_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Areas For Improvement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreasForImprovementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HeadteacherDiscussion_areasForImprovement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HeadteacherDiscussion_areasForImprovement_feature", "_UI_HeadteacherDiscussion_type"),
				 EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__RESPONSES);
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
	 * This returns HeadteacherDiscussion.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/HeadteacherDiscussion"));
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
		String label = ((HeadteacherDiscussion)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_HeadteacherDiscussion_type") :
			getString("_UI_HeadteacherDiscussion_type") + " " + label;
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

		switch (notification.getFeatureID(HeadteacherDiscussion.class)) {
			case EvaluationPackage.HEADTEACHER_DISCUSSION__MODE:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION:
			case EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
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
				(EvaluationPackage.Literals.HEADTEACHER_DISCUSSION__RESPONSES,
				 EvaluationFactory.eINSTANCE.createResponse()));
	}

}
