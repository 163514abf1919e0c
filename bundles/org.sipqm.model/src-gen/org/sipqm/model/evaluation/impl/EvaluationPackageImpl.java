/**
 */
package org.sipqm.model.evaluation.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.sipqm.model.crosswalk.CrosswalkPackage;

import org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl;

import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.IndicatorKind;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.OutcomeIndicator;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.evaluation.TermlyReview;

import org.sipqm.model.framework.FrameworkPackage;

import org.sipqm.model.framework.impl.FrameworkPackageImpl;

import org.sipqm.model.organisation.OrganisationPackage;

import org.sipqm.model.organisation.impl.OrganisationPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationPackageImpl extends EPackageImpl implements EvaluationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass termlyReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass headteacherDiscussionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shadowVisitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass laSelfEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass judgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionJudgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteOfVisitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum discussionModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.sipqm.model.evaluation.EvaluationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EvaluationPackageImpl() {
		super(eNS_URI, EvaluationFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EvaluationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EvaluationPackage init() {
		if (isInited) return (EvaluationPackage)EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEvaluationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EvaluationPackageImpl theEvaluationPackage = registeredEvaluationPackage instanceof EvaluationPackageImpl ? (EvaluationPackageImpl)registeredEvaluationPackage : new EvaluationPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FrameworkPackage.eNS_URI);
		FrameworkPackageImpl theFrameworkPackage = (FrameworkPackageImpl)(registeredPackage instanceof FrameworkPackageImpl ? registeredPackage : FrameworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		OrganisationPackageImpl theOrganisationPackage = (OrganisationPackageImpl)(registeredPackage instanceof OrganisationPackageImpl ? registeredPackage : OrganisationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CrosswalkPackage.eNS_URI);
		CrosswalkPackageImpl theCrosswalkPackage = (CrosswalkPackageImpl)(registeredPackage instanceof CrosswalkPackageImpl ? registeredPackage : CrosswalkPackage.eINSTANCE);

		// Create package meta-data objects
		theEvaluationPackage.createPackageContents();
		theFrameworkPackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		theCrosswalkPackage.createPackageContents();

		// Initialize created meta-data
		theEvaluationPackage.initializePackageContents();
		theFrameworkPackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		theCrosswalkPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEvaluationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EvaluationPackage.eNS_URI, theEvaluationPackage);
		return theEvaluationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Id() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Framework() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_AcademicYear() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Term() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Date() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Status() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Author() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_LocalAuthority() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Judgements() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Evidence() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_NoteOfVisit() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_OutcomeIndicators() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_StatusChanges() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTermlyReview() {
		return termlyReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTermlyReview_StrengthsForDissemination() {
		return (EAttribute)termlyReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTermlyReview_AreasForImprovement() {
		return (EAttribute)termlyReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHeadteacherDiscussion() {
		return headteacherDiscussionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHeadteacherDiscussion_School() {
		return (EReference)headteacherDiscussionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_Mode() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_LaConsulted() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_LaConsultedOn() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_SipInformed() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_FeedbackToLA() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_FeedbackToSIP() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHeadteacherDiscussion_Responses() {
		return (EReference)headteacherDiscussionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_OverallBenefits() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_StrengthsForDissemination() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeadteacherDiscussion_AreasForImprovement() {
		return (EAttribute)headteacherDiscussionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShadowVisit() {
		return shadowVisitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShadowVisit_School() {
		return (EReference)shadowVisitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShadowVisit_Partner() {
		return (EReference)shadowVisitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowVisit_SupportLevel() {
		return (EAttribute)shadowVisitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowVisit_Purpose() {
		return (EAttribute)shadowVisitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShadowVisit_ProtocolChecks() {
		return (EReference)shadowVisitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowVisit_SummaryToHeadteacher() {
		return (EAttribute)shadowVisitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowVisit_SummaryToLA() {
		return (EAttribute)shadowVisitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLASelfEvaluation() {
		return laSelfEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLASelfEvaluation_SectionJudgements() {
		return (EReference)laSelfEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJudgement() {
		return judgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJudgement_Criterion() {
		return (EAttribute)judgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJudgement_Grade() {
		return (EAttribute)judgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJudgement_Rationale() {
		return (EAttribute)judgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJudgement_NotEvaluated() {
		return (EAttribute)judgementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJudgement_Evidence() {
		return (EReference)judgementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJudgement_ConcernsIndividual() {
		return (EAttribute)judgementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSectionJudgement() {
		return sectionJudgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSectionJudgement_Section() {
		return (EAttribute)sectionJudgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSectionJudgement_Grade() {
		return (EAttribute)sectionJudgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSectionJudgement_Rationale() {
		return (EAttribute)sectionJudgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponse() {
		return responseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Criterion() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Answer() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Example() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Impact() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_ConcernsIndividual() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponse_Evidence() {
		return (EReference)responseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceItem() {
		return evidenceItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Id() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Title() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Kind() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Date() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Source() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Description() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Attachment() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Impact() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_ConcernsIndividual() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoteOfVisit() {
		return noteOfVisitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteOfVisit_Date() {
		return (EAttribute)noteOfVisitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteOfVisit_StrengthsForDissemination() {
		return (EAttribute)noteOfVisitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteOfVisit_AreasForImprovement() {
		return (EAttribute)noteOfVisitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNoteOfVisit_Actions() {
		return (EReference)noteOfVisitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Description() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Owner() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_DueDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Status() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_ConcernsIndividual() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocolCheck() {
		return protocolCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolCheck_Step() {
		return (EAttribute)protocolCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolCheck_Done() {
		return (EAttribute)protocolCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolCheck_Date() {
		return (EAttribute)protocolCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolCheck_Note() {
		return (EAttribute)protocolCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcomeIndicator() {
		return outcomeIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeIndicator_Kind() {
		return (EAttribute)outcomeIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeIndicator_AcademicYear() {
		return (EAttribute)outcomeIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeIndicator_PupilGroup() {
		return (EAttribute)outcomeIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeIndicator_Value() {
		return (EAttribute)outcomeIndicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_From() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_To() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Date() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_By() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Reason() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGrade() {
		return gradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationStatus() {
		return evaluationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiscussionMode() {
		return discussionModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorKind() {
		return indicatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationFactory getEvaluationFactory() {
		return (EvaluationFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__ID);
		createEAttribute(evaluationEClass, EVALUATION__FRAMEWORK);
		createEAttribute(evaluationEClass, EVALUATION__ACADEMIC_YEAR);
		createEAttribute(evaluationEClass, EVALUATION__TERM);
		createEAttribute(evaluationEClass, EVALUATION__DATE);
		createEAttribute(evaluationEClass, EVALUATION__STATUS);
		createEReference(evaluationEClass, EVALUATION__AUTHOR);
		createEReference(evaluationEClass, EVALUATION__LOCAL_AUTHORITY);
		createEReference(evaluationEClass, EVALUATION__JUDGEMENTS);
		createEReference(evaluationEClass, EVALUATION__EVIDENCE);
		createEReference(evaluationEClass, EVALUATION__NOTE_OF_VISIT);
		createEReference(evaluationEClass, EVALUATION__OUTCOME_INDICATORS);
		createEReference(evaluationEClass, EVALUATION__STATUS_CHANGES);

		termlyReviewEClass = createEClass(TERMLY_REVIEW);
		createEAttribute(termlyReviewEClass, TERMLY_REVIEW__STRENGTHS_FOR_DISSEMINATION);
		createEAttribute(termlyReviewEClass, TERMLY_REVIEW__AREAS_FOR_IMPROVEMENT);

		headteacherDiscussionEClass = createEClass(HEADTEACHER_DISCUSSION);
		createEReference(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__SCHOOL);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__MODE);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__LA_CONSULTED);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__LA_CONSULTED_ON);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__SIP_INFORMED);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP);
		createEReference(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__RESPONSES);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__OVERALL_BENEFITS);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION);
		createEAttribute(headteacherDiscussionEClass, HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT);

		shadowVisitEClass = createEClass(SHADOW_VISIT);
		createEReference(shadowVisitEClass, SHADOW_VISIT__SCHOOL);
		createEReference(shadowVisitEClass, SHADOW_VISIT__PARTNER);
		createEAttribute(shadowVisitEClass, SHADOW_VISIT__SUPPORT_LEVEL);
		createEAttribute(shadowVisitEClass, SHADOW_VISIT__PURPOSE);
		createEReference(shadowVisitEClass, SHADOW_VISIT__PROTOCOL_CHECKS);
		createEAttribute(shadowVisitEClass, SHADOW_VISIT__SUMMARY_TO_HEADTEACHER);
		createEAttribute(shadowVisitEClass, SHADOW_VISIT__SUMMARY_TO_LA);

		laSelfEvaluationEClass = createEClass(LA_SELF_EVALUATION);
		createEReference(laSelfEvaluationEClass, LA_SELF_EVALUATION__SECTION_JUDGEMENTS);

		judgementEClass = createEClass(JUDGEMENT);
		createEAttribute(judgementEClass, JUDGEMENT__CRITERION);
		createEAttribute(judgementEClass, JUDGEMENT__GRADE);
		createEAttribute(judgementEClass, JUDGEMENT__RATIONALE);
		createEAttribute(judgementEClass, JUDGEMENT__NOT_EVALUATED);
		createEReference(judgementEClass, JUDGEMENT__EVIDENCE);
		createEAttribute(judgementEClass, JUDGEMENT__CONCERNS_INDIVIDUAL);

		sectionJudgementEClass = createEClass(SECTION_JUDGEMENT);
		createEAttribute(sectionJudgementEClass, SECTION_JUDGEMENT__SECTION);
		createEAttribute(sectionJudgementEClass, SECTION_JUDGEMENT__GRADE);
		createEAttribute(sectionJudgementEClass, SECTION_JUDGEMENT__RATIONALE);

		responseEClass = createEClass(RESPONSE);
		createEAttribute(responseEClass, RESPONSE__CRITERION);
		createEAttribute(responseEClass, RESPONSE__ANSWER);
		createEAttribute(responseEClass, RESPONSE__EXAMPLE);
		createEAttribute(responseEClass, RESPONSE__IMPACT);
		createEAttribute(responseEClass, RESPONSE__CONCERNS_INDIVIDUAL);
		createEReference(responseEClass, RESPONSE__EVIDENCE);

		evidenceItemEClass = createEClass(EVIDENCE_ITEM);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__ID);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__TITLE);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__KIND);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__DATE);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__SOURCE);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__DESCRIPTION);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__ATTACHMENT);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__IMPACT);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__CONCERNS_INDIVIDUAL);

		noteOfVisitEClass = createEClass(NOTE_OF_VISIT);
		createEAttribute(noteOfVisitEClass, NOTE_OF_VISIT__DATE);
		createEAttribute(noteOfVisitEClass, NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION);
		createEAttribute(noteOfVisitEClass, NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT);
		createEReference(noteOfVisitEClass, NOTE_OF_VISIT__ACTIONS);

		actionEClass = createEClass(ACTION);
		createEAttribute(actionEClass, ACTION__DESCRIPTION);
		createEAttribute(actionEClass, ACTION__OWNER);
		createEAttribute(actionEClass, ACTION__DUE_DATE);
		createEAttribute(actionEClass, ACTION__STATUS);
		createEAttribute(actionEClass, ACTION__CONCERNS_INDIVIDUAL);

		protocolCheckEClass = createEClass(PROTOCOL_CHECK);
		createEAttribute(protocolCheckEClass, PROTOCOL_CHECK__STEP);
		createEAttribute(protocolCheckEClass, PROTOCOL_CHECK__DONE);
		createEAttribute(protocolCheckEClass, PROTOCOL_CHECK__DATE);
		createEAttribute(protocolCheckEClass, PROTOCOL_CHECK__NOTE);

		outcomeIndicatorEClass = createEClass(OUTCOME_INDICATOR);
		createEAttribute(outcomeIndicatorEClass, OUTCOME_INDICATOR__KIND);
		createEAttribute(outcomeIndicatorEClass, OUTCOME_INDICATOR__ACADEMIC_YEAR);
		createEAttribute(outcomeIndicatorEClass, OUTCOME_INDICATOR__PUPIL_GROUP);
		createEAttribute(outcomeIndicatorEClass, OUTCOME_INDICATOR__VALUE);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__FROM);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__TO);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__DATE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__BY);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__REASON);

		// Create enums
		gradeEEnum = createEEnum(GRADE);
		evaluationStatusEEnum = createEEnum(EVALUATION_STATUS);
		discussionModeEEnum = createEEnum(DISCUSSION_MODE);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		indicatorKindEEnum = createEEnum(INDICATOR_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		OrganisationPackage theOrganisationPackage = (OrganisationPackage)EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		FrameworkPackage theFrameworkPackage = (FrameworkPackage)EPackage.Registry.INSTANCE.getEPackage(FrameworkPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		termlyReviewEClass.getESuperTypes().add(this.getEvaluation());
		headteacherDiscussionEClass.getESuperTypes().add(this.getEvaluation());
		shadowVisitEClass.getESuperTypes().add(this.getEvaluation());
		laSelfEvaluationEClass.getESuperTypes().add(this.getEvaluation());

		// Initialize classes, features, and operations; add parameters
		initEClass(evaluationEClass, Evaluation.class, "Evaluation", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluation_Id(), ecorePackage.getEString(), "id", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Framework(), ecorePackage.getEString(), "framework", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_AcademicYear(), ecorePackage.getEString(), "academicYear", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Term(), theOrganisationPackage.getTerm(), "term", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Date(), this.getLocalDate(), "date", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Status(), this.getEvaluationStatus(), "status", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Author(), theOrganisationPackage.getPerson(), null, "author", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_LocalAuthority(), theOrganisationPackage.getLocalAuthority(), null, "localAuthority", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Judgements(), this.getJudgement(), null, "judgements", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Evidence(), this.getEvidenceItem(), null, "evidence", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_NoteOfVisit(), this.getNoteOfVisit(), null, "noteOfVisit", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_OutcomeIndicators(), this.getOutcomeIndicator(), null, "outcomeIndicators", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_StatusChanges(), this.getStatusChange(), null, "statusChanges", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(termlyReviewEClass, TermlyReview.class, "TermlyReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTermlyReview_StrengthsForDissemination(), ecorePackage.getEString(), "strengthsForDissemination", null, 0, 1, TermlyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTermlyReview_AreasForImprovement(), ecorePackage.getEString(), "areasForImprovement", null, 0, 1, TermlyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(headteacherDiscussionEClass, HeadteacherDiscussion.class, "HeadteacherDiscussion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHeadteacherDiscussion_School(), theOrganisationPackage.getSchool(), null, "school", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_Mode(), this.getDiscussionMode(), "mode", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_LaConsulted(), ecorePackage.getEBoolean(), "laConsulted", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_LaConsultedOn(), this.getLocalDate(), "laConsultedOn", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_SipInformed(), ecorePackage.getEBoolean(), "sipInformed", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_FeedbackToLA(), ecorePackage.getEBoolean(), "feedbackToLA", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_FeedbackToSIP(), ecorePackage.getEBoolean(), "feedbackToSIP", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHeadteacherDiscussion_Responses(), this.getResponse(), null, "responses", null, 0, -1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_OverallBenefits(), ecorePackage.getEString(), "overallBenefits", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_StrengthsForDissemination(), ecorePackage.getEString(), "strengthsForDissemination", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeadteacherDiscussion_AreasForImprovement(), ecorePackage.getEString(), "areasForImprovement", null, 0, 1, HeadteacherDiscussion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shadowVisitEClass, ShadowVisit.class, "ShadowVisit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getShadowVisit_School(), theOrganisationPackage.getSchool(), null, "school", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShadowVisit_Partner(), theOrganisationPackage.getSchoolImprovementPartner(), null, "partner", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowVisit_SupportLevel(), theFrameworkPackage.getSupportKind(), "supportLevel", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowVisit_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShadowVisit_ProtocolChecks(), this.getProtocolCheck(), null, "protocolChecks", null, 0, -1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowVisit_SummaryToHeadteacher(), ecorePackage.getEBoolean(), "summaryToHeadteacher", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowVisit_SummaryToLA(), ecorePackage.getEBoolean(), "summaryToLA", null, 0, 1, ShadowVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(laSelfEvaluationEClass, LASelfEvaluation.class, "LASelfEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLASelfEvaluation_SectionJudgements(), this.getSectionJudgement(), null, "sectionJudgements", null, 0, -1, LASelfEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(judgementEClass, Judgement.class, "Judgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJudgement_Criterion(), ecorePackage.getEString(), "criterion", null, 1, 1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJudgement_Grade(), this.getGrade(), "grade", null, 0, 1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJudgement_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJudgement_NotEvaluated(), ecorePackage.getEBoolean(), "notEvaluated", null, 0, 1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJudgement_Evidence(), this.getEvidenceItem(), null, "evidence", null, 0, -1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJudgement_ConcernsIndividual(), ecorePackage.getEBoolean(), "concernsIndividual", null, 0, 1, Judgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectionJudgementEClass, SectionJudgement.class, "SectionJudgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSectionJudgement_Section(), ecorePackage.getEString(), "section", null, 1, 1, SectionJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSectionJudgement_Grade(), this.getGrade(), "grade", null, 0, 1, SectionJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSectionJudgement_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, SectionJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responseEClass, Response.class, "Response", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponse_Criterion(), ecorePackage.getEString(), "criterion", null, 1, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_Example(), ecorePackage.getEString(), "example", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_Impact(), ecorePackage.getEString(), "impact", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_ConcernsIndividual(), ecorePackage.getEBoolean(), "concernsIndividual", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponse_Evidence(), this.getEvidenceItem(), null, "evidence", null, 0, -1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceItemEClass, EvidenceItem.class, "EvidenceItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceItem_Id(), ecorePackage.getEString(), "id", null, 1, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Kind(), this.getEvidenceKind(), "kind", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Date(), this.getLocalDate(), "date", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Source(), ecorePackage.getEString(), "source", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Description(), ecorePackage.getEString(), "description", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Attachment(), ecorePackage.getEString(), "attachment", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Impact(), theFrameworkPackage.getImpactEvidence(), "impact", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_ConcernsIndividual(), ecorePackage.getEBoolean(), "concernsIndividual", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteOfVisitEClass, NoteOfVisit.class, "NoteOfVisit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoteOfVisit_Date(), this.getLocalDate(), "date", null, 0, 1, NoteOfVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoteOfVisit_StrengthsForDissemination(), ecorePackage.getEString(), "strengthsForDissemination", null, 0, 1, NoteOfVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoteOfVisit_AreasForImprovement(), ecorePackage.getEString(), "areasForImprovement", null, 0, 1, NoteOfVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNoteOfVisit_Actions(), this.getAction(), null, "actions", null, 0, -1, NoteOfVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAction_Description(), ecorePackage.getEString(), "description", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Status(), this.getActionStatus(), "status", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_ConcernsIndividual(), ecorePackage.getEBoolean(), "concernsIndividual", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolCheckEClass, ProtocolCheck.class, "ProtocolCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocolCheck_Step(), ecorePackage.getEString(), "step", null, 1, 1, ProtocolCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolCheck_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, ProtocolCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolCheck_Date(), this.getLocalDate(), "date", null, 0, 1, ProtocolCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolCheck_Note(), ecorePackage.getEString(), "note", null, 0, 1, ProtocolCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeIndicatorEClass, OutcomeIndicator.class, "OutcomeIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcomeIndicator_Kind(), this.getIndicatorKind(), "kind", null, 0, 1, OutcomeIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeIndicator_AcademicYear(), ecorePackage.getEString(), "academicYear", null, 0, 1, OutcomeIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeIndicator_PupilGroup(), ecorePackage.getEString(), "pupilGroup", null, 0, 1, OutcomeIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeIndicator_Value(), ecorePackage.getEString(), "value", null, 0, 1, OutcomeIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusChange_From(), this.getEvaluationStatus(), "from", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_To(), this.getEvaluationStatus(), "to", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Date(), this.getLocalDate(), "date", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_By(), ecorePackage.getEString(), "by", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(gradeEEnum, Grade.class, "Grade");
		addEEnumLiteral(gradeEEnum, Grade.NOT_JUDGED);
		addEEnumLiteral(gradeEEnum, Grade.OUTSTANDING);
		addEEnumLiteral(gradeEEnum, Grade.GOOD);
		addEEnumLiteral(gradeEEnum, Grade.REQUIRES_SOME_IMPROVEMENT);
		addEEnumLiteral(gradeEEnum, Grade.REQUIRES_SUBSTANTIAL_IMPROVEMENT);

		initEEnum(evaluationStatusEEnum, EvaluationStatus.class, "EvaluationStatus");
		addEEnumLiteral(evaluationStatusEEnum, EvaluationStatus.DRAFT);
		addEEnumLiteral(evaluationStatusEEnum, EvaluationStatus.AGREED);
		addEEnumLiteral(evaluationStatusEEnum, EvaluationStatus.PUBLISHED);

		initEEnum(discussionModeEEnum, DiscussionMode.class, "DiscussionMode");
		addEEnumLiteral(discussionModeEEnum, DiscussionMode.SCHOOL_VISIT);
		addEEnumLiteral(discussionModeEEnum, DiscussionMode.TELEPHONE_CALL);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.DOCUMENT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.MEETING_RECORD);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OBSERVATION);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.DATA);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.DISCUSSION);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.SIP_REPORT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.COMPLETED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.WITHDRAWN);

		initEEnum(indicatorKindEEnum, IndicatorKind.class, "IndicatorKind");
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.OFSTED_LEADERSHIP_AND_MANAGEMENT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.OFSTED_SELF_EVALUATION);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.ATTAINMENT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.ATTENDANCE);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.EXCLUSIONS);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //EvaluationPackageImpl
