/**
 */
package org.sipqm.model.evaluation.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.sipqm.model.evaluation.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationFactoryImpl extends EFactoryImpl implements EvaluationFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EvaluationFactory init() {
		try {
			EvaluationFactory theEvaluationFactory = (EvaluationFactory)EPackage.Registry.INSTANCE.getEFactory(EvaluationPackage.eNS_URI);
			if (theEvaluationFactory != null) {
				return theEvaluationFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EvaluationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EvaluationPackage.TERMLY_REVIEW: return createTermlyReview();
			case EvaluationPackage.HEADTEACHER_DISCUSSION: return createHeadteacherDiscussion();
			case EvaluationPackage.SHADOW_VISIT: return createShadowVisit();
			case EvaluationPackage.LA_SELF_EVALUATION: return createLASelfEvaluation();
			case EvaluationPackage.JUDGEMENT: return createJudgement();
			case EvaluationPackage.SECTION_JUDGEMENT: return createSectionJudgement();
			case EvaluationPackage.RESPONSE: return createResponse();
			case EvaluationPackage.EVIDENCE_ITEM: return createEvidenceItem();
			case EvaluationPackage.NOTE_OF_VISIT: return createNoteOfVisit();
			case EvaluationPackage.ACTION: return createAction();
			case EvaluationPackage.PROTOCOL_CHECK: return createProtocolCheck();
			case EvaluationPackage.OUTCOME_INDICATOR: return createOutcomeIndicator();
			case EvaluationPackage.STATUS_CHANGE: return createStatusChange();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.GRADE:
				return createGradeFromString(eDataType, initialValue);
			case EvaluationPackage.EVALUATION_STATUS:
				return createEvaluationStatusFromString(eDataType, initialValue);
			case EvaluationPackage.DISCUSSION_MODE:
				return createDiscussionModeFromString(eDataType, initialValue);
			case EvaluationPackage.EVIDENCE_KIND:
				return createEvidenceKindFromString(eDataType, initialValue);
			case EvaluationPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case EvaluationPackage.INDICATOR_KIND:
				return createIndicatorKindFromString(eDataType, initialValue);
			case EvaluationPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.GRADE:
				return convertGradeToString(eDataType, instanceValue);
			case EvaluationPackage.EVALUATION_STATUS:
				return convertEvaluationStatusToString(eDataType, instanceValue);
			case EvaluationPackage.DISCUSSION_MODE:
				return convertDiscussionModeToString(eDataType, instanceValue);
			case EvaluationPackage.EVIDENCE_KIND:
				return convertEvidenceKindToString(eDataType, instanceValue);
			case EvaluationPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case EvaluationPackage.INDICATOR_KIND:
				return convertIndicatorKindToString(eDataType, instanceValue);
			case EvaluationPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TermlyReview createTermlyReview() {
		TermlyReviewImpl termlyReview = new TermlyReviewImpl();
		return termlyReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HeadteacherDiscussion createHeadteacherDiscussion() {
		HeadteacherDiscussionImpl headteacherDiscussion = new HeadteacherDiscussionImpl();
		return headteacherDiscussion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShadowVisit createShadowVisit() {
		ShadowVisitImpl shadowVisit = new ShadowVisitImpl();
		return shadowVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LASelfEvaluation createLASelfEvaluation() {
		LASelfEvaluationImpl laSelfEvaluation = new LASelfEvaluationImpl();
		return laSelfEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Judgement createJudgement() {
		JudgementImpl judgement = new JudgementImpl();
		return judgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionJudgement createSectionJudgement() {
		SectionJudgementImpl sectionJudgement = new SectionJudgementImpl();
		return sectionJudgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Response createResponse() {
		ResponseImpl response = new ResponseImpl();
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceItem createEvidenceItem() {
		EvidenceItemImpl evidenceItem = new EvidenceItemImpl();
		return evidenceItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteOfVisit createNoteOfVisit() {
		NoteOfVisitImpl noteOfVisit = new NoteOfVisitImpl();
		return noteOfVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolCheck createProtocolCheck() {
		ProtocolCheckImpl protocolCheck = new ProtocolCheckImpl();
		return protocolCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeIndicator createOutcomeIndicator() {
		OutcomeIndicatorImpl outcomeIndicator = new OutcomeIndicatorImpl();
		return outcomeIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusChange createStatusChange() {
		StatusChangeImpl statusChange = new StatusChangeImpl();
		return statusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Grade createGradeFromString(EDataType eDataType, String initialValue) {
		Grade result = Grade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationStatus createEvaluationStatusFromString(EDataType eDataType, String initialValue) {
		EvaluationStatus result = EvaluationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiscussionMode createDiscussionModeFromString(EDataType eDataType, String initialValue) {
		DiscussionMode result = DiscussionMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiscussionModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorKind createIndicatorKindFromString(EDataType eDataType, String initialValue) {
		IndicatorKind result = IndicatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationPackage getEvaluationPackage() {
		return (EvaluationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EvaluationPackage getPackage() {
		return EvaluationPackage.eINSTANCE;
	}

} //EvaluationFactoryImpl
