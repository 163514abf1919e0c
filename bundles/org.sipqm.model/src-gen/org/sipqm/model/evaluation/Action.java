/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.Action#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Action#isConcernsIndividual <em>Concerns Individual</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Action#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Action#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction_DueDate()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sipqm.model.evaluation.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sipqm.model.evaluation.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the action concerns an individual's performance, which keeps it out of anything shared with stakeholders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns Individual</em>' attribute.
	 * @see #setConcernsIndividual(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getAction_ConcernsIndividual()
	 * @model
	 * @generated
	 */
	boolean isConcernsIndividual();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Action#isConcernsIndividual <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concerns Individual</em>' attribute.
	 * @see #isConcernsIndividual()
	 * @generated
	 */
	void setConcernsIndividual(boolean value);

} // Action
