/**
 */
package org.sipqm.model.crosswalk;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rejection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A suggested pair of a local and a national criterion that a reviewer judged not to correspond.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.Rejection#getLocalCriterion <em>Local Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Rejection#getNationalCriterion <em>National Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Rejection#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Rejection#getRejectedOn <em>Rejected On</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRejection()
 * @model
 * @generated
 */
public interface Rejection extends EObject {
	/**
	 * Returns the value of the '<em><b>Local Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criterion URI in the source edition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Criterion</em>' attribute.
	 * @see #setLocalCriterion(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRejection_LocalCriterion()
	 * @model required="true"
	 * @generated
	 */
	String getLocalCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Rejection#getLocalCriterion <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Criterion</em>' attribute.
	 * @see #getLocalCriterion()
	 * @generated
	 */
	void setLocalCriterion(String value);

	/**
	 * Returns the value of the '<em><b>National Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criterion URI in the target edition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>National Criterion</em>' attribute.
	 * @see #setNationalCriterion(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRejection_NationalCriterion()
	 * @model required="true"
	 * @generated
	 */
	String getNationalCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Rejection#getNationalCriterion <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Criterion</em>' attribute.
	 * @see #getNationalCriterion()
	 * @generated
	 */
	void setNationalCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRejection_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Rejection#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Rejected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejected On</em>' attribute.
	 * @see #setRejectedOn(LocalDate)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRejection_RejectedOn()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getRejectedOn();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Rejection#getRejectedOn <em>Rejected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejected On</em>' attribute.
	 * @see #getRejectedOn()
	 * @generated
	 */
	void setRejectedOn(LocalDate value);

} // Rejection
