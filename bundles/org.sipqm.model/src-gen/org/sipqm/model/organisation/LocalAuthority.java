/**
 */
package org.sipqm.model.organisation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Authority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getCode <em>Code</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getSipManager <em>Sip Manager</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getSupportLevels <em>Support Levels</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.LocalAuthority#getSchools <em>Schools</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority()
 * @model
 * @generated
 */
public interface LocalAuthority extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.LocalAuthority#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The three-digit LA number used by the DCSF, for example '873'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.LocalAuthority#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.LocalAuthority#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sip Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sip Manager</em>' reference.
	 * @see #setSipManager(Person)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_SipManager()
	 * @model
	 * @generated
	 */
	Person getSipManager();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.LocalAuthority#getSipManager <em>Sip Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip Manager</em>' reference.
	 * @see #getSipManager()
	 * @generated
	 */
	void setSipManager(Person value);

	/**
	 * Returns the value of the '<em><b>Support Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.SupportAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Levels</em>' containment reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_SupportLevels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupportAssignment> getSupportLevels();

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.SchoolImprovementPartner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' containment reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_Partners()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchoolImprovementPartner> getPartners();

	/**
	 * Returns the value of the '<em><b>Schools</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.School}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schools</em>' containment reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getLocalAuthority_Schools()
	 * @model containment="true"
	 * @generated
	 */
	EList<School> getSchools();

} // LocalAuthority
