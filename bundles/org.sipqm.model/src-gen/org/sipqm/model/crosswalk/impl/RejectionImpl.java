/**
 */
package org.sipqm.model.crosswalk.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.crosswalk.CrosswalkPackage;
import org.sipqm.model.crosswalk.Rejection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rejection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.impl.RejectionImpl#getLocalCriterion <em>Local Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.RejectionImpl#getNationalCriterion <em>National Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.RejectionImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.RejectionImpl#getRejectedOn <em>Rejected On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RejectionImpl extends MinimalEObjectImpl.Container implements Rejection {
	/**
	 * The default value of the '{@link #getLocalCriterion() <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalCriterion() <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCriterion()
	 * @generated
	 * @ordered
	 */
	protected String localCriterion = LOCAL_CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNationalCriterion() <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONAL_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationalCriterion() <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCriterion()
	 * @generated
	 * @ordered
	 */
	protected String nationalCriterion = NATIONAL_CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectedOn() <em>Rejected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REJECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectedOn() <em>Rejected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate rejectedOn = REJECTED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RejectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.REJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalCriterion() {
		return localCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalCriterion(String newLocalCriterion) {
		String oldLocalCriterion = localCriterion;
		localCriterion = newLocalCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.REJECTION__LOCAL_CRITERION, oldLocalCriterion, localCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationalCriterion() {
		return nationalCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationalCriterion(String newNationalCriterion) {
		String oldNationalCriterion = nationalCriterion;
		nationalCriterion = newNationalCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.REJECTION__NATIONAL_CRITERION, oldNationalCriterion, nationalCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.REJECTION__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRejectedOn() {
		return rejectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectedOn(LocalDate newRejectedOn) {
		LocalDate oldRejectedOn = rejectedOn;
		rejectedOn = newRejectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.REJECTION__REJECTED_ON, oldRejectedOn, rejectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.REJECTION__LOCAL_CRITERION:
				return getLocalCriterion();
			case CrosswalkPackage.REJECTION__NATIONAL_CRITERION:
				return getNationalCriterion();
			case CrosswalkPackage.REJECTION__REVIEWER:
				return getReviewer();
			case CrosswalkPackage.REJECTION__REJECTED_ON:
				return getRejectedOn();
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
			case CrosswalkPackage.REJECTION__LOCAL_CRITERION:
				setLocalCriterion((String)newValue);
				return;
			case CrosswalkPackage.REJECTION__NATIONAL_CRITERION:
				setNationalCriterion((String)newValue);
				return;
			case CrosswalkPackage.REJECTION__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CrosswalkPackage.REJECTION__REJECTED_ON:
				setRejectedOn((LocalDate)newValue);
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
			case CrosswalkPackage.REJECTION__LOCAL_CRITERION:
				setLocalCriterion(LOCAL_CRITERION_EDEFAULT);
				return;
			case CrosswalkPackage.REJECTION__NATIONAL_CRITERION:
				setNationalCriterion(NATIONAL_CRITERION_EDEFAULT);
				return;
			case CrosswalkPackage.REJECTION__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CrosswalkPackage.REJECTION__REJECTED_ON:
				setRejectedOn(REJECTED_ON_EDEFAULT);
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
			case CrosswalkPackage.REJECTION__LOCAL_CRITERION:
				return LOCAL_CRITERION_EDEFAULT == null ? localCriterion != null : !LOCAL_CRITERION_EDEFAULT.equals(localCriterion);
			case CrosswalkPackage.REJECTION__NATIONAL_CRITERION:
				return NATIONAL_CRITERION_EDEFAULT == null ? nationalCriterion != null : !NATIONAL_CRITERION_EDEFAULT.equals(nationalCriterion);
			case CrosswalkPackage.REJECTION__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CrosswalkPackage.REJECTION__REJECTED_ON:
				return REJECTED_ON_EDEFAULT == null ? rejectedOn != null : !REJECTED_ON_EDEFAULT.equals(rejectedOn);
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
		result.append(" (localCriterion: ");
		result.append(localCriterion);
		result.append(", nationalCriterion: ");
		result.append(nationalCriterion);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", rejectedOn: ");
		result.append(rejectedOn);
		result.append(')');
		return result.toString();
	}

} //RejectionImpl
