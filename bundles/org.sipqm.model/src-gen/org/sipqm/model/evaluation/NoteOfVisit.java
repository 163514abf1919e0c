/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note Of Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.NoteOfVisit#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.NoteOfVisit#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.NoteOfVisit#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.NoteOfVisit#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getNoteOfVisit()
 * @model
 * @generated
 */
public interface NoteOfVisit extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getNoteOfVisit_Date()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.NoteOfVisit#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strengths For Dissemination</em>' attribute.
	 * @see #setStrengthsForDissemination(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getNoteOfVisit_StrengthsForDissemination()
	 * @model
	 * @generated
	 */
	String getStrengthsForDissemination();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.NoteOfVisit#getStrengthsForDissemination <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strengths For Dissemination</em>' attribute.
	 * @see #getStrengthsForDissemination()
	 * @generated
	 */
	void setStrengthsForDissemination(String value);

	/**
	 * Returns the value of the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #setAreasForImprovement(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getNoteOfVisit_AreasForImprovement()
	 * @model
	 * @generated
	 */
	String getAreasForImprovement();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.NoteOfVisit#getAreasForImprovement <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #getAreasForImprovement()
	 * @generated
	 */
	void setAreasForImprovement(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getNoteOfVisit_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

} // NoteOfVisit
