/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Judgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#isNotEvaluated <em>Not Evaluated</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Judgement#isConcernsIndividual <em>Concerns Individual</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement()
 * @model
 * @generated
 */
public interface Judgement extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criterion judged, as a stable URI of framework, edition, schedule and criterion code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_Criterion()
	 * @model required="true"
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Judgement#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.Grade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.sipqm.model.evaluation.Grade
	 * @see #setGrade(Grade)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_Grade()
	 * @model
	 * @generated
	 */
	Grade getGrade();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Judgement#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.sipqm.model.evaluation.Grade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(Grade value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Judgement#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Not Evaluated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the criterion was marked as not evaluated on this visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Evaluated</em>' attribute.
	 * @see #setNotEvaluated(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_NotEvaluated()
	 * @model
	 * @generated
	 */
	boolean isNotEvaluated();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Judgement#isNotEvaluated <em>Not Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Evaluated</em>' attribute.
	 * @see #isNotEvaluated()
	 * @generated
	 */
	void setNotEvaluated(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.EvidenceItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_Evidence()
	 * @model
	 * @generated
	 */
	EList<EvidenceItem> getEvidence();

	/**
	 * Returns the value of the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the rationale of this judgement concerns an individual's performance, which keeps it out of anything shared with stakeholders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns Individual</em>' attribute.
	 * @see #setConcernsIndividual(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getJudgement_ConcernsIndividual()
	 * @model
	 * @generated
	 */
	boolean isConcernsIndividual();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Judgement#isConcernsIndividual <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concerns Individual</em>' attribute.
	 * @see #isConcernsIndividual()
	 * @generated
	 */
	void setConcernsIndividual(boolean value);

} // Judgement
