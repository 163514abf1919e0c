/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Evaluations recorded under the four schedules, with their judgements, responses, evidence and notes of visit.
 * <!-- end-model-doc -->
 * @see org.sipqm.model.evaluation.EvaluationFactory
 * @model kind="package"
 * @generated
 */
public interface EvaluationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "evaluation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sipqm.org/model/evaluation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "evaluation";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EvaluationPackage eINSTANCE = org.sipqm.model.evaluation.impl.EvaluationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.EvaluationImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FRAMEWORK = 1;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ACADEMIC_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TERM = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__DATE = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__AUTHOR = 6;

	/**
	 * The feature id for the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__LOCAL_AUTHORITY = 7;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__JUDGEMENTS = 8;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__EVIDENCE = 9;

	/**
	 * The feature id for the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__NOTE_OF_VISIT = 10;

	/**
	 * The feature id for the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__OUTCOME_INDICATORS = 11;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__STATUS_CHANGES = 12;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.TermlyReviewImpl <em>Termly Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.TermlyReviewImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getTermlyReview()
	 * @generated
	 */
	int TERMLY_REVIEW = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__ID = EVALUATION__ID;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__FRAMEWORK = EVALUATION__FRAMEWORK;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__ACADEMIC_YEAR = EVALUATION__ACADEMIC_YEAR;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__TERM = EVALUATION__TERM;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__DATE = EVALUATION__DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__STATUS = EVALUATION__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__AUTHOR = EVALUATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__LOCAL_AUTHORITY = EVALUATION__LOCAL_AUTHORITY;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__JUDGEMENTS = EVALUATION__JUDGEMENTS;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__EVIDENCE = EVALUATION__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__NOTE_OF_VISIT = EVALUATION__NOTE_OF_VISIT;

	/**
	 * The feature id for the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__OUTCOME_INDICATORS = EVALUATION__OUTCOME_INDICATORS;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__STATUS_CHANGES = EVALUATION__STATUS_CHANGES;

	/**
	 * The feature id for the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION = EVALUATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT = EVALUATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Termly Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW_FEATURE_COUNT = EVALUATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Termly Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMLY_REVIEW_OPERATION_COUNT = EVALUATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl <em>Headteacher Discussion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getHeadteacherDiscussion()
	 * @generated
	 */
	int HEADTEACHER_DISCUSSION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__ID = EVALUATION__ID;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__FRAMEWORK = EVALUATION__FRAMEWORK;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__ACADEMIC_YEAR = EVALUATION__ACADEMIC_YEAR;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__TERM = EVALUATION__TERM;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__DATE = EVALUATION__DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__STATUS = EVALUATION__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__AUTHOR = EVALUATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__LOCAL_AUTHORITY = EVALUATION__LOCAL_AUTHORITY;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__JUDGEMENTS = EVALUATION__JUDGEMENTS;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__EVIDENCE = EVALUATION__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__NOTE_OF_VISIT = EVALUATION__NOTE_OF_VISIT;

	/**
	 * The feature id for the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__OUTCOME_INDICATORS = EVALUATION__OUTCOME_INDICATORS;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__STATUS_CHANGES = EVALUATION__STATUS_CHANGES;

	/**
	 * The feature id for the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__SCHOOL = EVALUATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__MODE = EVALUATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>La Consulted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__LA_CONSULTED = EVALUATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>La Consulted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__LA_CONSULTED_ON = EVALUATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sip Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__SIP_INFORMED = EVALUATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Feedback To LA</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA = EVALUATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Feedback To SIP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP = EVALUATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__RESPONSES = EVALUATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Overall Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__OVERALL_BENEFITS = EVALUATION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION = EVALUATION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT = EVALUATION_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Headteacher Discussion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION_FEATURE_COUNT = EVALUATION_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Headteacher Discussion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADTEACHER_DISCUSSION_OPERATION_COUNT = EVALUATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl <em>Shadow Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.ShadowVisitImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getShadowVisit()
	 * @generated
	 */
	int SHADOW_VISIT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__ID = EVALUATION__ID;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__FRAMEWORK = EVALUATION__FRAMEWORK;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__ACADEMIC_YEAR = EVALUATION__ACADEMIC_YEAR;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__TERM = EVALUATION__TERM;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__DATE = EVALUATION__DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__STATUS = EVALUATION__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__AUTHOR = EVALUATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__LOCAL_AUTHORITY = EVALUATION__LOCAL_AUTHORITY;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__JUDGEMENTS = EVALUATION__JUDGEMENTS;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__EVIDENCE = EVALUATION__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__NOTE_OF_VISIT = EVALUATION__NOTE_OF_VISIT;

	/**
	 * The feature id for the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__OUTCOME_INDICATORS = EVALUATION__OUTCOME_INDICATORS;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__STATUS_CHANGES = EVALUATION__STATUS_CHANGES;

	/**
	 * The feature id for the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__SCHOOL = EVALUATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__PARTNER = EVALUATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Support Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__SUPPORT_LEVEL = EVALUATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__PURPOSE = EVALUATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Protocol Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__PROTOCOL_CHECKS = EVALUATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Summary To Headteacher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__SUMMARY_TO_HEADTEACHER = EVALUATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Summary To LA</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT__SUMMARY_TO_LA = EVALUATION_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Shadow Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT_FEATURE_COUNT = EVALUATION_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Shadow Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_VISIT_OPERATION_COUNT = EVALUATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.LASelfEvaluationImpl <em>LA Self Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.LASelfEvaluationImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getLASelfEvaluation()
	 * @generated
	 */
	int LA_SELF_EVALUATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__ID = EVALUATION__ID;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__FRAMEWORK = EVALUATION__FRAMEWORK;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__ACADEMIC_YEAR = EVALUATION__ACADEMIC_YEAR;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__TERM = EVALUATION__TERM;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__DATE = EVALUATION__DATE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__STATUS = EVALUATION__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__AUTHOR = EVALUATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__LOCAL_AUTHORITY = EVALUATION__LOCAL_AUTHORITY;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__JUDGEMENTS = EVALUATION__JUDGEMENTS;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__EVIDENCE = EVALUATION__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__NOTE_OF_VISIT = EVALUATION__NOTE_OF_VISIT;

	/**
	 * The feature id for the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__OUTCOME_INDICATORS = EVALUATION__OUTCOME_INDICATORS;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__STATUS_CHANGES = EVALUATION__STATUS_CHANGES;

	/**
	 * The feature id for the '<em><b>Section Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION__SECTION_JUDGEMENTS = EVALUATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>LA Self Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION_FEATURE_COUNT = EVALUATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>LA Self Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LA_SELF_EVALUATION_OPERATION_COUNT = EVALUATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.JudgementImpl <em>Judgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.JudgementImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getJudgement()
	 * @generated
	 */
	int JUDGEMENT = 5;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__GRADE = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__RATIONALE = 2;

	/**
	 * The feature id for the '<em><b>Not Evaluated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__NOT_EVALUATED = 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__EVIDENCE = 4;

	/**
	 * The feature id for the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT__CONCERNS_INDIVIDUAL = 5;

	/**
	 * The number of structural features of the '<em>Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.SectionJudgementImpl <em>Section Judgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.SectionJudgementImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getSectionJudgement()
	 * @generated
	 */
	int SECTION_JUDGEMENT = 6;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_JUDGEMENT__SECTION = 0;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_JUDGEMENT__GRADE = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_JUDGEMENT__RATIONALE = 2;

	/**
	 * The number of structural features of the '<em>Section Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_JUDGEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Section Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_JUDGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.ResponseImpl <em>Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.ResponseImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getResponse()
	 * @generated
	 */
	int RESPONSE = 7;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__EXAMPLE = 2;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__IMPACT = 3;

	/**
	 * The feature id for the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__CONCERNS_INDIVIDUAL = 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__EVIDENCE = 5;

	/**
	 * The number of structural features of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl <em>Evidence Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.EvidenceItemImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvidenceItem()
	 * @generated
	 */
	int EVIDENCE_ITEM = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__KIND = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__DATE = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__ATTACHMENT = 6;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__IMPACT = 7;

	/**
	 * The feature id for the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__CONCERNS_INDIVIDUAL = 8;

	/**
	 * The number of structural features of the '<em>Evidence Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Evidence Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl <em>Note Of Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.NoteOfVisitImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getNoteOfVisit()
	 * @generated
	 */
	int NOTE_OF_VISIT = 9;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION = 1;

	/**
	 * The feature id for the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT = 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT__ACTIONS = 3;

	/**
	 * The number of structural features of the '<em>Note Of Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Note Of Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OF_VISIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.ActionImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CONCERNS_INDIVIDUAL = 4;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.ProtocolCheckImpl <em>Protocol Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.ProtocolCheckImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getProtocolCheck()
	 * @generated
	 */
	int PROTOCOL_CHECK = 11;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK__STEP = 0;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK__DONE = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK__DATE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Protocol Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Protocol Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl <em>Outcome Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getOutcomeIndicator()
	 * @generated
	 */
	int OUTCOME_INDICATOR = 12;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR__KIND = 0;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR__ACADEMIC_YEAR = 1;

	/**
	 * The feature id for the '<em><b>Pupil Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR__PUPIL_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Outcome Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Outcome Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_INDICATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.impl.StatusChangeImpl
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 13;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__TO = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__DATE = 2;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__BY = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__REASON = 4;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.Grade <em>Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.Grade
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getGrade()
	 * @generated
	 */
	int GRADE = 14;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.EvaluationStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvaluationStatus()
	 * @generated
	 */
	int EVALUATION_STATUS = 15;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.DiscussionMode <em>Discussion Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.DiscussionMode
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getDiscussionMode()
	 * @generated
	 */
	int DISCUSSION_MODE = 16;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.EvidenceKind
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 17;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.ActionStatus
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 18;

	/**
	 * The meta object id for the '{@link org.sipqm.model.evaluation.IndicatorKind <em>Indicator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.evaluation.IndicatorKind
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getIndicatorKind()
	 * @generated
	 */
	int INDICATOR_KIND = 19;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 20;


	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getId()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getFramework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framework</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getFramework()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Framework();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getAcademicYear <em>Academic Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Academic Year</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getAcademicYear()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_AcademicYear();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getTerm()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getDate()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Evaluation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getStatus()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Status();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.evaluation.Evaluation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getAuthor()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Author();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.evaluation.Evaluation#getLocalAuthority <em>Local Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Local Authority</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getLocalAuthority()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_LocalAuthority();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.Evaluation#getJudgements <em>Judgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Judgements</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getJudgements()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Judgements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.Evaluation#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getEvidence()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Evidence();

	/**
	 * Returns the meta object for the containment reference '{@link org.sipqm.model.evaluation.Evaluation#getNoteOfVisit <em>Note Of Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Note Of Visit</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getNoteOfVisit()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_NoteOfVisit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.Evaluation#getOutcomeIndicators <em>Outcome Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcome Indicators</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getOutcomeIndicators()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_OutcomeIndicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.Evaluation#getStatusChanges <em>Status Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Changes</em>'.
	 * @see org.sipqm.model.evaluation.Evaluation#getStatusChanges()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_StatusChanges();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.TermlyReview <em>Termly Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Termly Review</em>'.
	 * @see org.sipqm.model.evaluation.TermlyReview
	 * @generated
	 */
	EClass getTermlyReview();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.TermlyReview#getStrengthsForDissemination <em>Strengths For Dissemination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strengths For Dissemination</em>'.
	 * @see org.sipqm.model.evaluation.TermlyReview#getStrengthsForDissemination()
	 * @see #getTermlyReview()
	 * @generated
	 */
	EAttribute getTermlyReview_StrengthsForDissemination();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.TermlyReview#getAreasForImprovement <em>Areas For Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areas For Improvement</em>'.
	 * @see org.sipqm.model.evaluation.TermlyReview#getAreasForImprovement()
	 * @see #getTermlyReview()
	 * @generated
	 */
	EAttribute getTermlyReview_AreasForImprovement();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.HeadteacherDiscussion <em>Headteacher Discussion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Headteacher Discussion</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion
	 * @generated
	 */
	EClass getHeadteacherDiscussion();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getSchool <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>School</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getSchool()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EReference getHeadteacherDiscussion_School();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getMode()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isLaConsulted <em>La Consulted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>La Consulted</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#isLaConsulted()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_LaConsulted();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getLaConsultedOn <em>La Consulted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>La Consulted On</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getLaConsultedOn()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_LaConsultedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isSipInformed <em>Sip Informed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sip Informed</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#isSipInformed()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_SipInformed();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToLA <em>Feedback To LA</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback To LA</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToLA()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_FeedbackToLA();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToSIP <em>Feedback To SIP</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback To SIP</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToSIP()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_FeedbackToSIP();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getResponses()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EReference getHeadteacherDiscussion_Responses();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getOverallBenefits <em>Overall Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall Benefits</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getOverallBenefits()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_OverallBenefits();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getStrengthsForDissemination <em>Strengths For Dissemination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strengths For Dissemination</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getStrengthsForDissemination()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_StrengthsForDissemination();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getAreasForImprovement <em>Areas For Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areas For Improvement</em>'.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion#getAreasForImprovement()
	 * @see #getHeadteacherDiscussion()
	 * @generated
	 */
	EAttribute getHeadteacherDiscussion_AreasForImprovement();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.ShadowVisit <em>Shadow Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shadow Visit</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit
	 * @generated
	 */
	EClass getShadowVisit();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.evaluation.ShadowVisit#getSchool <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>School</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#getSchool()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EReference getShadowVisit_School();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.evaluation.ShadowVisit#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#getPartner()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EReference getShadowVisit_Partner();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ShadowVisit#getSupportLevel <em>Support Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Level</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#getSupportLevel()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EAttribute getShadowVisit_SupportLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ShadowVisit#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#getPurpose()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EAttribute getShadowVisit_Purpose();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.ShadowVisit#getProtocolChecks <em>Protocol Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocol Checks</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#getProtocolChecks()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EReference getShadowVisit_ProtocolChecks();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToHeadteacher <em>Summary To Headteacher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary To Headteacher</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#isSummaryToHeadteacher()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EAttribute getShadowVisit_SummaryToHeadteacher();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToLA <em>Summary To LA</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary To LA</em>'.
	 * @see org.sipqm.model.evaluation.ShadowVisit#isSummaryToLA()
	 * @see #getShadowVisit()
	 * @generated
	 */
	EAttribute getShadowVisit_SummaryToLA();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.LASelfEvaluation <em>LA Self Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>LA Self Evaluation</em>'.
	 * @see org.sipqm.model.evaluation.LASelfEvaluation
	 * @generated
	 */
	EClass getLASelfEvaluation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.LASelfEvaluation#getSectionJudgements <em>Section Judgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Section Judgements</em>'.
	 * @see org.sipqm.model.evaluation.LASelfEvaluation#getSectionJudgements()
	 * @see #getLASelfEvaluation()
	 * @generated
	 */
	EReference getLASelfEvaluation_SectionJudgements();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.Judgement <em>Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Judgement</em>'.
	 * @see org.sipqm.model.evaluation.Judgement
	 * @generated
	 */
	EClass getJudgement();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Judgement#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#getCriterion()
	 * @see #getJudgement()
	 * @generated
	 */
	EAttribute getJudgement_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Judgement#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#getGrade()
	 * @see #getJudgement()
	 * @generated
	 */
	EAttribute getJudgement_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Judgement#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#getRationale()
	 * @see #getJudgement()
	 * @generated
	 */
	EAttribute getJudgement_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Judgement#isNotEvaluated <em>Not Evaluated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Evaluated</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#isNotEvaluated()
	 * @see #getJudgement()
	 * @generated
	 */
	EAttribute getJudgement_NotEvaluated();

	/**
	 * Returns the meta object for the reference list '{@link org.sipqm.model.evaluation.Judgement#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#getEvidence()
	 * @see #getJudgement()
	 * @generated
	 */
	EReference getJudgement_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Judgement#isConcernsIndividual <em>Concerns Individual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concerns Individual</em>'.
	 * @see org.sipqm.model.evaluation.Judgement#isConcernsIndividual()
	 * @see #getJudgement()
	 * @generated
	 */
	EAttribute getJudgement_ConcernsIndividual();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.SectionJudgement <em>Section Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section Judgement</em>'.
	 * @see org.sipqm.model.evaluation.SectionJudgement
	 * @generated
	 */
	EClass getSectionJudgement();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.SectionJudgement#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.sipqm.model.evaluation.SectionJudgement#getSection()
	 * @see #getSectionJudgement()
	 * @generated
	 */
	EAttribute getSectionJudgement_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.SectionJudgement#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.sipqm.model.evaluation.SectionJudgement#getGrade()
	 * @see #getSectionJudgement()
	 * @generated
	 */
	EAttribute getSectionJudgement_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.SectionJudgement#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.sipqm.model.evaluation.SectionJudgement#getRationale()
	 * @see #getSectionJudgement()
	 * @generated
	 */
	EAttribute getSectionJudgement_Rationale();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.Response <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response</em>'.
	 * @see org.sipqm.model.evaluation.Response
	 * @generated
	 */
	EClass getResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Response#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.sipqm.model.evaluation.Response#getCriterion()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Response#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.sipqm.model.evaluation.Response#getAnswer()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Response#getExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see org.sipqm.model.evaluation.Response#getExample()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Example();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Response#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.sipqm.model.evaluation.Response#getImpact()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Response#isConcernsIndividual <em>Concerns Individual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concerns Individual</em>'.
	 * @see org.sipqm.model.evaluation.Response#isConcernsIndividual()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_ConcernsIndividual();

	/**
	 * Returns the meta object for the reference list '{@link org.sipqm.model.evaluation.Response#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.sipqm.model.evaluation.Response#getEvidence()
	 * @see #getResponse()
	 * @generated
	 */
	EReference getResponse_Evidence();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.EvidenceItem <em>Evidence Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Item</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem
	 * @generated
	 */
	EClass getEvidenceItem();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getId()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getTitle()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getKind()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getDate()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getSource()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getDescription()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getAttachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getAttachment()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Attachment();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#getImpact()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.EvidenceItem#isConcernsIndividual <em>Concerns Individual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concerns Individual</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceItem#isConcernsIndividual()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_ConcernsIndividual();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.NoteOfVisit <em>Note Of Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note Of Visit</em>'.
	 * @see org.sipqm.model.evaluation.NoteOfVisit
	 * @generated
	 */
	EClass getNoteOfVisit();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.NoteOfVisit#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sipqm.model.evaluation.NoteOfVisit#getDate()
	 * @see #getNoteOfVisit()
	 * @generated
	 */
	EAttribute getNoteOfVisit_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.NoteOfVisit#getStrengthsForDissemination <em>Strengths For Dissemination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strengths For Dissemination</em>'.
	 * @see org.sipqm.model.evaluation.NoteOfVisit#getStrengthsForDissemination()
	 * @see #getNoteOfVisit()
	 * @generated
	 */
	EAttribute getNoteOfVisit_StrengthsForDissemination();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.NoteOfVisit#getAreasForImprovement <em>Areas For Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areas For Improvement</em>'.
	 * @see org.sipqm.model.evaluation.NoteOfVisit#getAreasForImprovement()
	 * @see #getNoteOfVisit()
	 * @generated
	 */
	EAttribute getNoteOfVisit_AreasForImprovement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.evaluation.NoteOfVisit#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.sipqm.model.evaluation.NoteOfVisit#getActions()
	 * @see #getNoteOfVisit()
	 * @generated
	 */
	EReference getNoteOfVisit_Actions();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.sipqm.model.evaluation.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Action#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sipqm.model.evaluation.Action#getDescription()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.sipqm.model.evaluation.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.sipqm.model.evaluation.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sipqm.model.evaluation.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.Action#isConcernsIndividual <em>Concerns Individual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concerns Individual</em>'.
	 * @see org.sipqm.model.evaluation.Action#isConcernsIndividual()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_ConcernsIndividual();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.ProtocolCheck <em>Protocol Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Check</em>'.
	 * @see org.sipqm.model.evaluation.ProtocolCheck
	 * @generated
	 */
	EClass getProtocolCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ProtocolCheck#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.sipqm.model.evaluation.ProtocolCheck#getStep()
	 * @see #getProtocolCheck()
	 * @generated
	 */
	EAttribute getProtocolCheck_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ProtocolCheck#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.sipqm.model.evaluation.ProtocolCheck#isDone()
	 * @see #getProtocolCheck()
	 * @generated
	 */
	EAttribute getProtocolCheck_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ProtocolCheck#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sipqm.model.evaluation.ProtocolCheck#getDate()
	 * @see #getProtocolCheck()
	 * @generated
	 */
	EAttribute getProtocolCheck_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.ProtocolCheck#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.sipqm.model.evaluation.ProtocolCheck#getNote()
	 * @see #getProtocolCheck()
	 * @generated
	 */
	EAttribute getProtocolCheck_Note();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.OutcomeIndicator <em>Outcome Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Indicator</em>'.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator
	 * @generated
	 */
	EClass getOutcomeIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.OutcomeIndicator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator#getKind()
	 * @see #getOutcomeIndicator()
	 * @generated
	 */
	EAttribute getOutcomeIndicator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.OutcomeIndicator#getAcademicYear <em>Academic Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Academic Year</em>'.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator#getAcademicYear()
	 * @see #getOutcomeIndicator()
	 * @generated
	 */
	EAttribute getOutcomeIndicator_AcademicYear();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.OutcomeIndicator#getPupilGroup <em>Pupil Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pupil Group</em>'.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator#getPupilGroup()
	 * @see #getOutcomeIndicator()
	 * @generated
	 */
	EAttribute getOutcomeIndicator_PupilGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.OutcomeIndicator#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator#getValue()
	 * @see #getOutcomeIndicator()
	 * @generated
	 */
	EAttribute getOutcomeIndicator_Value();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.evaluation.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.StatusChange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange#getFrom()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_From();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.StatusChange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange#getTo()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_To();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.StatusChange#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange#getDate()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.StatusChange#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange#getBy()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_By();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.evaluation.StatusChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.sipqm.model.evaluation.StatusChange#getReason()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Reason();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.Grade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grade</em>'.
	 * @see org.sipqm.model.evaluation.Grade
	 * @generated
	 */
	EEnum getGrade();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.EvaluationStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @generated
	 */
	EEnum getEvaluationStatus();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.DiscussionMode <em>Discussion Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Discussion Mode</em>'.
	 * @see org.sipqm.model.evaluation.DiscussionMode
	 * @generated
	 */
	EEnum getDiscussionMode();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see org.sipqm.model.evaluation.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.sipqm.model.evaluation.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.evaluation.IndicatorKind <em>Indicator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Kind</em>'.
	 * @see org.sipqm.model.evaluation.IndicatorKind
	 * @generated
	 */
	EEnum getIndicatorKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, stored in ISO 8601 form (2007-10-15).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EvaluationFactory getEvaluationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.EvaluationImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ID = eINSTANCE.getEvaluation_Id();

		/**
		 * The meta object literal for the '<em><b>Framework</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FRAMEWORK = eINSTANCE.getEvaluation_Framework();

		/**
		 * The meta object literal for the '<em><b>Academic Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ACADEMIC_YEAR = eINSTANCE.getEvaluation_AcademicYear();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__TERM = eINSTANCE.getEvaluation_Term();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__DATE = eINSTANCE.getEvaluation_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__STATUS = eINSTANCE.getEvaluation_Status();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__AUTHOR = eINSTANCE.getEvaluation_Author();

		/**
		 * The meta object literal for the '<em><b>Local Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__LOCAL_AUTHORITY = eINSTANCE.getEvaluation_LocalAuthority();

		/**
		 * The meta object literal for the '<em><b>Judgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__JUDGEMENTS = eINSTANCE.getEvaluation_Judgements();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__EVIDENCE = eINSTANCE.getEvaluation_Evidence();

		/**
		 * The meta object literal for the '<em><b>Note Of Visit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__NOTE_OF_VISIT = eINSTANCE.getEvaluation_NoteOfVisit();

		/**
		 * The meta object literal for the '<em><b>Outcome Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__OUTCOME_INDICATORS = eINSTANCE.getEvaluation_OutcomeIndicators();

		/**
		 * The meta object literal for the '<em><b>Status Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__STATUS_CHANGES = eINSTANCE.getEvaluation_StatusChanges();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.TermlyReviewImpl <em>Termly Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.TermlyReviewImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getTermlyReview()
		 * @generated
		 */
		EClass TERMLY_REVIEW = eINSTANCE.getTermlyReview();

		/**
		 * The meta object literal for the '<em><b>Strengths For Dissemination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION = eINSTANCE.getTermlyReview_StrengthsForDissemination();

		/**
		 * The meta object literal for the '<em><b>Areas For Improvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT = eINSTANCE.getTermlyReview_AreasForImprovement();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl <em>Headteacher Discussion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getHeadteacherDiscussion()
		 * @generated
		 */
		EClass HEADTEACHER_DISCUSSION = eINSTANCE.getHeadteacherDiscussion();

		/**
		 * The meta object literal for the '<em><b>School</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HEADTEACHER_DISCUSSION__SCHOOL = eINSTANCE.getHeadteacherDiscussion_School();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__MODE = eINSTANCE.getHeadteacherDiscussion_Mode();

		/**
		 * The meta object literal for the '<em><b>La Consulted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__LA_CONSULTED = eINSTANCE.getHeadteacherDiscussion_LaConsulted();

		/**
		 * The meta object literal for the '<em><b>La Consulted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__LA_CONSULTED_ON = eINSTANCE.getHeadteacherDiscussion_LaConsultedOn();

		/**
		 * The meta object literal for the '<em><b>Sip Informed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__SIP_INFORMED = eINSTANCE.getHeadteacherDiscussion_SipInformed();

		/**
		 * The meta object literal for the '<em><b>Feedback To LA</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA = eINSTANCE.getHeadteacherDiscussion_FeedbackToLA();

		/**
		 * The meta object literal for the '<em><b>Feedback To SIP</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP = eINSTANCE.getHeadteacherDiscussion_FeedbackToSIP();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HEADTEACHER_DISCUSSION__RESPONSES = eINSTANCE.getHeadteacherDiscussion_Responses();

		/**
		 * The meta object literal for the '<em><b>Overall Benefits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__OVERALL_BENEFITS = eINSTANCE.getHeadteacherDiscussion_OverallBenefits();

		/**
		 * The meta object literal for the '<em><b>Strengths For Dissemination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION = eINSTANCE.getHeadteacherDiscussion_StrengthsForDissemination();

		/**
		 * The meta object literal for the '<em><b>Areas For Improvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT = eINSTANCE.getHeadteacherDiscussion_AreasForImprovement();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl <em>Shadow Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.ShadowVisitImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getShadowVisit()
		 * @generated
		 */
		EClass SHADOW_VISIT = eINSTANCE.getShadowVisit();

		/**
		 * The meta object literal for the '<em><b>School</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHADOW_VISIT__SCHOOL = eINSTANCE.getShadowVisit_School();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHADOW_VISIT__PARTNER = eINSTANCE.getShadowVisit_Partner();

		/**
		 * The meta object literal for the '<em><b>Support Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_VISIT__SUPPORT_LEVEL = eINSTANCE.getShadowVisit_SupportLevel();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_VISIT__PURPOSE = eINSTANCE.getShadowVisit_Purpose();

		/**
		 * The meta object literal for the '<em><b>Protocol Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHADOW_VISIT__PROTOCOL_CHECKS = eINSTANCE.getShadowVisit_ProtocolChecks();

		/**
		 * The meta object literal for the '<em><b>Summary To Headteacher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_VISIT__SUMMARY_TO_HEADTEACHER = eINSTANCE.getShadowVisit_SummaryToHeadteacher();

		/**
		 * The meta object literal for the '<em><b>Summary To LA</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_VISIT__SUMMARY_TO_LA = eINSTANCE.getShadowVisit_SummaryToLA();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.LASelfEvaluationImpl <em>LA Self Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.LASelfEvaluationImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getLASelfEvaluation()
		 * @generated
		 */
		EClass LA_SELF_EVALUATION = eINSTANCE.getLASelfEvaluation();

		/**
		 * The meta object literal for the '<em><b>Section Judgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LA_SELF_EVALUATION__SECTION_JUDGEMENTS = eINSTANCE.getLASelfEvaluation_SectionJudgements();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.JudgementImpl <em>Judgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.JudgementImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getJudgement()
		 * @generated
		 */
		EClass JUDGEMENT = eINSTANCE.getJudgement();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGEMENT__CRITERION = eINSTANCE.getJudgement_Criterion();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGEMENT__GRADE = eINSTANCE.getJudgement_Grade();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGEMENT__RATIONALE = eINSTANCE.getJudgement_Rationale();

		/**
		 * The meta object literal for the '<em><b>Not Evaluated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGEMENT__NOT_EVALUATED = eINSTANCE.getJudgement_NotEvaluated();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JUDGEMENT__EVIDENCE = eINSTANCE.getJudgement_Evidence();

		/**
		 * The meta object literal for the '<em><b>Concerns Individual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGEMENT__CONCERNS_INDIVIDUAL = eINSTANCE.getJudgement_ConcernsIndividual();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.SectionJudgementImpl <em>Section Judgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.SectionJudgementImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getSectionJudgement()
		 * @generated
		 */
		EClass SECTION_JUDGEMENT = eINSTANCE.getSectionJudgement();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION_JUDGEMENT__SECTION = eINSTANCE.getSectionJudgement_Section();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION_JUDGEMENT__GRADE = eINSTANCE.getSectionJudgement_Grade();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION_JUDGEMENT__RATIONALE = eINSTANCE.getSectionJudgement_Rationale();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.ResponseImpl <em>Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.ResponseImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getResponse()
		 * @generated
		 */
		EClass RESPONSE = eINSTANCE.getResponse();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__CRITERION = eINSTANCE.getResponse_Criterion();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__ANSWER = eINSTANCE.getResponse_Answer();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__EXAMPLE = eINSTANCE.getResponse_Example();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__IMPACT = eINSTANCE.getResponse_Impact();

		/**
		 * The meta object literal for the '<em><b>Concerns Individual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__CONCERNS_INDIVIDUAL = eINSTANCE.getResponse_ConcernsIndividual();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE__EVIDENCE = eINSTANCE.getResponse_Evidence();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl <em>Evidence Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.EvidenceItemImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvidenceItem()
		 * @generated
		 */
		EClass EVIDENCE_ITEM = eINSTANCE.getEvidenceItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__ID = eINSTANCE.getEvidenceItem_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__TITLE = eINSTANCE.getEvidenceItem_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__KIND = eINSTANCE.getEvidenceItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__DATE = eINSTANCE.getEvidenceItem_Date();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__SOURCE = eINSTANCE.getEvidenceItem_Source();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__DESCRIPTION = eINSTANCE.getEvidenceItem_Description();

		/**
		 * The meta object literal for the '<em><b>Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__ATTACHMENT = eINSTANCE.getEvidenceItem_Attachment();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__IMPACT = eINSTANCE.getEvidenceItem_Impact();

		/**
		 * The meta object literal for the '<em><b>Concerns Individual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__CONCERNS_INDIVIDUAL = eINSTANCE.getEvidenceItem_ConcernsIndividual();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl <em>Note Of Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.NoteOfVisitImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getNoteOfVisit()
		 * @generated
		 */
		EClass NOTE_OF_VISIT = eINSTANCE.getNoteOfVisit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_OF_VISIT__DATE = eINSTANCE.getNoteOfVisit_Date();

		/**
		 * The meta object literal for the '<em><b>Strengths For Dissemination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION = eINSTANCE.getNoteOfVisit_StrengthsForDissemination();

		/**
		 * The meta object literal for the '<em><b>Areas For Improvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT = eINSTANCE.getNoteOfVisit_AreasForImprovement();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE_OF_VISIT__ACTIONS = eINSTANCE.getNoteOfVisit_Actions();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.ActionImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DESCRIPTION = eINSTANCE.getAction_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Concerns Individual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__CONCERNS_INDIVIDUAL = eINSTANCE.getAction_ConcernsIndividual();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.ProtocolCheckImpl <em>Protocol Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.ProtocolCheckImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getProtocolCheck()
		 * @generated
		 */
		EClass PROTOCOL_CHECK = eINSTANCE.getProtocolCheck();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_CHECK__STEP = eINSTANCE.getProtocolCheck_Step();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_CHECK__DONE = eINSTANCE.getProtocolCheck_Done();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_CHECK__DATE = eINSTANCE.getProtocolCheck_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_CHECK__NOTE = eINSTANCE.getProtocolCheck_Note();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl <em>Outcome Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getOutcomeIndicator()
		 * @generated
		 */
		EClass OUTCOME_INDICATOR = eINSTANCE.getOutcomeIndicator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_INDICATOR__KIND = eINSTANCE.getOutcomeIndicator_Kind();

		/**
		 * The meta object literal for the '<em><b>Academic Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_INDICATOR__ACADEMIC_YEAR = eINSTANCE.getOutcomeIndicator_AcademicYear();

		/**
		 * The meta object literal for the '<em><b>Pupil Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_INDICATOR__PUPIL_GROUP = eINSTANCE.getOutcomeIndicator_PupilGroup();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_INDICATOR__VALUE = eINSTANCE.getOutcomeIndicator_Value();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.impl.StatusChangeImpl
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__FROM = eINSTANCE.getStatusChange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__TO = eINSTANCE.getStatusChange_To();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__DATE = eINSTANCE.getStatusChange_Date();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__BY = eINSTANCE.getStatusChange_By();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__REASON = eINSTANCE.getStatusChange_Reason();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.Grade <em>Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.Grade
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getGrade()
		 * @generated
		 */
		EEnum GRADE = eINSTANCE.getGrade();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.EvaluationStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.EvaluationStatus
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvaluationStatus()
		 * @generated
		 */
		EEnum EVALUATION_STATUS = eINSTANCE.getEvaluationStatus();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.DiscussionMode <em>Discussion Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.DiscussionMode
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getDiscussionMode()
		 * @generated
		 */
		EEnum DISCUSSION_MODE = eINSTANCE.getDiscussionMode();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.EvidenceKind
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.ActionStatus
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.evaluation.IndicatorKind <em>Indicator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.evaluation.IndicatorKind
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getIndicatorKind()
		 * @generated
		 */
		EEnum INDICATOR_KIND = eINSTANCE.getIndicatorKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.sipqm.model.evaluation.impl.EvaluationPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //EvaluationPackage
