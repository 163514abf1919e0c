/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.StatusChange#getFrom <em>From</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.StatusChange#getTo <em>To</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.StatusChange#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.StatusChange#getBy <em>By</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.StatusChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.EvaluationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #setFrom(EvaluationStatus)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange_From()
	 * @model
	 * @generated
	 */
	EvaluationStatus getFrom();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.StatusChange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(EvaluationStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.EvaluationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #setTo(EvaluationStatus)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange_To()
	 * @model
	 * @generated
	 */
	EvaluationStatus getTo();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.StatusChange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(EvaluationStatus value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange_Date()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.StatusChange#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.StatusChange#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getStatusChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.StatusChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StatusChange
