/**
 */
package org.sipqm.model.organisation;

import org.eclipse.emf.ecore.EObject;

import org.sipqm.model.framework.SupportKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The level of National Strategies support an LA receives for one phase in one term.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.SupportAssignment#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.SupportAssignment#getTerm <em>Term</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.SupportAssignment#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.SupportAssignment#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.organisation.OrganisationPackage#getSupportAssignment()
 * @model
 * @generated
 */
public interface SupportAssignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Academic Year</em>' attribute.
	 * @see #setAcademicYear(String)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSupportAssignment_AcademicYear()
	 * @model required="true"
	 * @generated
	 */
	String getAcademicYear();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.SupportAssignment#getAcademicYear <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Academic Year</em>' attribute.
	 * @see #getAcademicYear()
	 * @generated
	 */
	void setAcademicYear(String value);

	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.organisation.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see org.sipqm.model.organisation.Term
	 * @see #setTerm(Term)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSupportAssignment_Term()
	 * @model
	 * @generated
	 */
	Term getTerm();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.SupportAssignment#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see org.sipqm.model.organisation.Term
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(Term value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.organisation.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.sipqm.model.organisation.Phase
	 * @see #setPhase(Phase)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSupportAssignment_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.SupportAssignment#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.sipqm.model.organisation.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.SupportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #setLevel(SupportKind)
	 * @see org.sipqm.model.organisation.OrganisationPackage#getSupportAssignment_Level()
	 * @model
	 * @generated
	 */
	SupportKind getLevel();

	/**
	 * Sets the value of the '{@link org.sipqm.model.organisation.SupportAssignment#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(SupportKind value);

} // SupportAssignment
