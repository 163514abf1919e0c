/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>LA Self Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Schedule 4: judgements of LA practice against the criteria on the four-column scale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.LASelfEvaluation#getSectionJudgements <em>Section Judgements</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getLASelfEvaluation()
 * @model
 * @generated
 */
public interface LASelfEvaluation extends Evaluation {
	/**
	 * Returns the value of the '<em><b>Section Judgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.SectionJudgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Judgements</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getLASelfEvaluation_SectionJudgements()
	 * @model containment="true"
	 * @generated
	 */
	EList<SectionJudgement> getSectionJudgements();

} // LASelfEvaluation
