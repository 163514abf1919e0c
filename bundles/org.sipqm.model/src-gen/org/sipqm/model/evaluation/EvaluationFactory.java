/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.evaluation.EvaluationPackage
 * @generated
 */
public interface EvaluationFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EvaluationFactory eINSTANCE = org.sipqm.model.evaluation.impl.EvaluationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Termly Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Termly Review</em>'.
	 * @generated
	 */
	TermlyReview createTermlyReview();

	/**
	 * Returns a new object of class '<em>Headteacher Discussion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Headteacher Discussion</em>'.
	 * @generated
	 */
	HeadteacherDiscussion createHeadteacherDiscussion();

	/**
	 * Returns a new object of class '<em>Shadow Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shadow Visit</em>'.
	 * @generated
	 */
	ShadowVisit createShadowVisit();

	/**
	 * Returns a new object of class '<em>LA Self Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>LA Self Evaluation</em>'.
	 * @generated
	 */
	LASelfEvaluation createLASelfEvaluation();

	/**
	 * Returns a new object of class '<em>Judgement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Judgement</em>'.
	 * @generated
	 */
	Judgement createJudgement();

	/**
	 * Returns a new object of class '<em>Section Judgement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Section Judgement</em>'.
	 * @generated
	 */
	SectionJudgement createSectionJudgement();

	/**
	 * Returns a new object of class '<em>Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Response</em>'.
	 * @generated
	 */
	Response createResponse();

	/**
	 * Returns a new object of class '<em>Evidence Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Item</em>'.
	 * @generated
	 */
	EvidenceItem createEvidenceItem();

	/**
	 * Returns a new object of class '<em>Note Of Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Note Of Visit</em>'.
	 * @generated
	 */
	NoteOfVisit createNoteOfVisit();

	/**
	 * Returns a new object of class '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action</em>'.
	 * @generated
	 */
	Action createAction();

	/**
	 * Returns a new object of class '<em>Protocol Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Protocol Check</em>'.
	 * @generated
	 */
	ProtocolCheck createProtocolCheck();

	/**
	 * Returns a new object of class '<em>Outcome Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Indicator</em>'.
	 * @generated
	 */
	OutcomeIndicator createOutcomeIndicator();

	/**
	 * Returns a new object of class '<em>Status Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Change</em>'.
	 * @generated
	 */
	StatusChange createStatusChange();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EvaluationPackage getEvaluationPackage();

} //EvaluationFactory
