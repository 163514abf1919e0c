/**
 */
package org.sipqm.model.organisation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School Improvement Partner</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.SchoolImprovementPartner#getAccreditationNumber <em>Accreditation Number</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.organisation.OrganisationPackage#getSchoolImprovementPartner()
 * @model
 * @generated
 */
public interface SchoolImprovementPartner extends Person {
	/**
	 * Returns the value of the '<em><b>Accreditation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accreditation Number</em>' attribute.
	 * @see #setAccreditationNumber(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchoolImprovementPartner_AccreditationNumber()
	 * @model
	 * @generated
	 */
	String getAccreditationNumber();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.SchoolImprovementPartner#getAccreditationNumber <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accreditation Number</em>' attribute.
	 * @see #getAccreditationNumber()
	 * @generated
	 */
	void setAccreditationNumber(String value);

} // SchoolImprovementPartner
