/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.Response#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Response#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Response#getExample <em>Example</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Response#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Response#isConcernsIndividual <em>Concerns Individual</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Response#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse()
 * @model
 * @generated
 */
public interface Response extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_Criterion()
	 * @model required="true"
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Response#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Response#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_Example()
	 * @model
	 * @generated
	 */
	String getExample();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Response#getExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #getExample()
	 * @generated
	 */
	void setExample(String value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_Impact()
	 * @model
	 * @generated
	 */
	String getImpact();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Response#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(String value);

	/**
	 * Returns the value of the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concerns Individual</em>' attribute.
	 * @see #setConcernsIndividual(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_ConcernsIndividual()
	 * @model
	 * @generated
	 */
	boolean isConcernsIndividual();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Response#isConcernsIndividual <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concerns Individual</em>' attribute.
	 * @see #isConcernsIndividual()
	 * @generated
	 */
	void setConcernsIndividual(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.EvidenceItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getResponse_Evidence()
	 * @model
	 * @generated
	 */
	EList<EvidenceItem> getEvidence();

} // Response
