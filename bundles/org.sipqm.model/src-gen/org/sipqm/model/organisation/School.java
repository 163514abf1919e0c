/**
 */
package org.sipqm.model.organisation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>School</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.School#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.School#getUrn <em>Urn</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.School#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.School#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.School#getHeadteacher <em>Headteacher</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.School#getPartner <em>Partner</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool()
 * @model
 * @generated
 */
public interface School extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Urn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The school's unique reference number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urn</em>' attribute.
	 * @see #setUrn(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Urn()
	 * @model
	 * @generated
	 */
	String getUrn();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getUrn <em>Urn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urn</em>' attribute.
	 * @see #getUrn()
	 * @generated
	 */
	void setUrn(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.organisation.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.sipqm.model.organisation.Phase
	 * @see #setPhase(Phase)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.sipqm.model.organisation.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Headteacher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Headteacher</em>' reference.
	 * @see #setHeadteacher(Person)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Headteacher()
	 * @model
	 * @generated
	 */
	Person getHeadteacher();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getHeadteacher <em>Headteacher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headteacher</em>' reference.
	 * @see #getHeadteacher()
	 * @generated
	 */
	void setHeadteacher(Person value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The School Improvement Partner attached to the school.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(SchoolImprovementPartner)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSchool_Partner()
	 * @model
	 * @generated
	 */
	SchoolImprovementPartner getPartner();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.School#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(SchoolImprovementPartner value);

} // School
