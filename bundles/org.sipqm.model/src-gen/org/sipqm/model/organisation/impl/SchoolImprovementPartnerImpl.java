/**
 */
package org.sipqm.model.organisation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sipqm.model.organisation.OrganisationPackage;
import org.sipqm.model.organisation.SchoolImprovementPartner;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>School Improvement Partner</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImprovementPartnerImpl#getAccreditationNumber <em>Accreditation Number</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchoolImprovementPartnerImpl extends PersonImpl implements SchoolImprovementPartner {
	/**
	 * The default value of the '{@link #getAccreditationNumber() <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCREDITATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccreditationNumber() <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationNumber()
	 * @generated
	 * @ordered
	 */
	protected String accreditationNumber = ACCREDITATION_NUMBER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchoolImprovementPartnerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrganisationPackage.Literals.SCHOOL_IMPROVEMENT_PARTNER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccreditationNumber() {
		return accreditationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccreditationNumber(String newAccreditationNumber) {
		String oldAccreditationNumber = accreditationNumber;
		accreditationNumber = newAccreditationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER, oldAccreditationNumber, accreditationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrganisationPackage.SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER:
				return getAccreditationNumber();
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
			case OrganisationPackage.SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER:
				setAccreditationNumber((String)newValue);
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
			case OrganisationPackage.SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER:
				setAccreditationNumber(ACCREDITATION_NUMBER_EDEFAULT);
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
			case OrganisationPackage.SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER:
				return ACCREDITATION_NUMBER_EDEFAULT == null ? accreditationNumber != null : !ACCREDITATION_NUMBER_EDEFAULT.equals(accreditationNumber);
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
		result.append(" (accreditationNumber: ");
		result.append(accreditationNumber);
		result.append(')');
		return result.toString();
	}

} //SchoolImprovementPartnerImpl
