/**
 */
package org.sipqm.model.evaluation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.TermlyReview;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Termly Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.TermlyReviewImpl#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.TermlyReviewImpl#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TermlyReviewImpl extends EvaluationImpl implements TermlyReview {
	/**
	 * The default value of the '{@link #getStrengthsForDissemination() <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthsForDissemination()
	 * @generated
	 * @ordered
	 */
	protected static final String STRENGTHS_FOR_DISSEMINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrengthsForDissemination() <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthsForDissemination()
	 * @generated
	 * @ordered
	 */
	protected String strengthsForDissemination = STRENGTHS_FOR_DISSEMINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected static final String AREAS_FOR_IMPROVEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected String areasForImprovement = AREAS_FOR_IMPROVEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TermlyReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.TERMLY_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrengthsForDissemination() {
		return strengthsForDissemination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengthsForDissemination(String newStrengthsForDissemination) {
		String oldStrengthsForDissemination = strengthsForDissemination;
		strengthsForDissemination = newStrengthsForDissemination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION, oldStrengthsForDissemination, strengthsForDissemination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAreasForImprovement() {
		return areasForImprovement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreasForImprovement(String newAreasForImprovement) {
		String oldAreasForImprovement = areasForImprovement;
		areasForImprovement = newAreasForImprovement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT, oldAreasForImprovement, areasForImprovement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION:
				return getStrengthsForDissemination();
			case EvaluationPackage.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT:
				return getAreasForImprovement();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination((String)newValue);
				return;
			case EvaluationPackage.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EvaluationPackage.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination(STRENGTHS_FOR_DISSEMINATION_EDEFAULT);
				return;
			case EvaluationPackage.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement(AREAS_FOR_IMPROVEMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EvaluationPackage.TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION:
				return STRENGTHS_FOR_DISSEMINATION_EDEFAULT == null ? strengthsForDissemination != null : !STRENGTHS_FOR_DISSEMINATION_EDEFAULT.equals(strengthsForDissemination);
			case EvaluationPackage.TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT:
				return AREAS_FOR_IMPROVEMENT_EDEFAULT == null ? areasForImprovement != null : !AREAS_FOR_IMPROVEMENT_EDEFAULT.equals(areasForImprovement);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (strengthsForDissemination: ");
		result.append(strengthsForDissemination);
		result.append(", areasForImprovement: ");
		result.append(areasForImprovement);
		result.append(')');
		return result.toString();
	}

} //TermlyReviewImpl
