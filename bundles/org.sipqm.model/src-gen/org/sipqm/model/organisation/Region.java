/**
 */
package org.sipqm.model.organisation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.Region#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.Region#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.Region#getPeople <em>People</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.Region#getSeniorRegionalDirector <em>Senior Regional Director</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.Region#getCoordinators <em>Coordinators</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.Region#getLocalAuthorities <em>Local Authorities</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.Region#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.Region#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Senior Regional Director</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Senior Regional Director</em>' reference.
	 * @see #setSeniorRegionalDirector(Person)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_SeniorRegionalDirector()
	 * @model
	 * @generated
	 */
	Person getSeniorRegionalDirector();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.Region#getSeniorRegionalDirector <em>Senior Regional Director</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Senior Regional Director</em>' reference.
	 * @see #getSeniorRegionalDirector()
	 * @generated
	 */
	void setSeniorRegionalDirector(Person value);

	/**
	 * Returns the value of the '<em><b>Coordinators</b></em>' reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region's SIP co-ordinators (SIPCos).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coordinators</em>' reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_Coordinators()
	 * @model
	 * @generated
	 */
	EList<Person> getCoordinators();

	/**
	 * Returns the value of the '<em><b>Local Authorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.organisation.LocalAuthority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Authorities</em>' containment reference list.
	 * @see org.sipqm.model.organisation.OrganisationPackage#getRegion_LocalAuthorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalAuthority> getLocalAuthorities();

} // Region
