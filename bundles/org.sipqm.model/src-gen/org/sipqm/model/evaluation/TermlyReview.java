/**
 */
package org.sipqm.model.evaluation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Termly Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Schedule 1: the SIPCo's termly report on the LA's processes, or the LA's own self-evaluation of them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.TermlyReview#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.TermlyReview#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getTermlyReview()
 * @model
 * @generated
 */
public interface TermlyReview extends Evaluation {
	/**
	 * Returns the value of the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strengths For Dissemination</em>' attribute.
	 * @see #setStrengthsForDissemination(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getTermlyReview_StrengthsForDissemination()
	 * @model
	 * @generated
	 */
	String getStrengthsForDissemination();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.TermlyReview#getStrengthsForDissemination <em>Strengths For Dissemination</em>}' attribute.
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
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getTermlyReview_AreasForImprovement()
	 * @model
	 * @generated
	 */
	String getAreasForImprovement();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.TermlyReview#getAreasForImprovement <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #getAreasForImprovement()
	 * @generated
	 */
	void setAreasForImprovement(String value);

} // TermlyReview
