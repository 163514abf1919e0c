/**
 */
package org.sipqm.model.evaluation.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.sipqm.model.evaluation.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.evaluation.EvaluationPackage
 * @generated
 */
public class EvaluationAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EvaluationPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EvaluationPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationSwitch<Adapter> modelSwitch =
		new EvaluationSwitch<Adapter>() {
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseTermlyReview(TermlyReview object) {
				return createTermlyReviewAdapter();
			}
			@Override
			public Adapter caseHeadteacherDiscussion(HeadteacherDiscussion object) {
				return createHeadteacherDiscussionAdapter();
			}
			@Override
			public Adapter caseShadowVisit(ShadowVisit object) {
				return createShadowVisitAdapter();
			}
			@Override
			public Adapter caseLASelfEvaluation(LASelfEvaluation object) {
				return createLASelfEvaluationAdapter();
			}
			@Override
			public Adapter caseJudgement(Judgement object) {
				return createJudgementAdapter();
			}
			@Override
			public Adapter caseSectionJudgement(SectionJudgement object) {
				return createSectionJudgementAdapter();
			}
			@Override
			public Adapter caseResponse(Response object) {
				return createResponseAdapter();
			}
			@Override
			public Adapter caseEvidenceItem(EvidenceItem object) {
				return createEvidenceItemAdapter();
			}
			@Override
			public Adapter caseNoteOfVisit(NoteOfVisit object) {
				return createNoteOfVisitAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter caseProtocolCheck(ProtocolCheck object) {
				return createProtocolCheckAdapter();
			}
			@Override
			public Adapter caseOutcomeIndicator(OutcomeIndicator object) {
				return createOutcomeIndicatorAdapter();
			}
			@Override
			public Adapter caseStatusChange(StatusChange object) {
				return createStatusChangeAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.TermlyReview <em>Termly Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.TermlyReview
	 * @generated
	 */
	public Adapter createTermlyReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.HeadteacherDiscussion <em>Headteacher Discussion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.HeadteacherDiscussion
	 * @generated
	 */
	public Adapter createHeadteacherDiscussionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.ShadowVisit <em>Shadow Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.ShadowVisit
	 * @generated
	 */
	public Adapter createShadowVisitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.LASelfEvaluation <em>LA Self Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.LASelfEvaluation
	 * @generated
	 */
	public Adapter createLASelfEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.Judgement <em>Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.Judgement
	 * @generated
	 */
	public Adapter createJudgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.SectionJudgement <em>Section Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.SectionJudgement
	 * @generated
	 */
	public Adapter createSectionJudgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.Response <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.Response
	 * @generated
	 */
	public Adapter createResponseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.EvidenceItem <em>Evidence Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.EvidenceItem
	 * @generated
	 */
	public Adapter createEvidenceItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.NoteOfVisit <em>Note Of Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.NoteOfVisit
	 * @generated
	 */
	public Adapter createNoteOfVisitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.ProtocolCheck <em>Protocol Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.ProtocolCheck
	 * @generated
	 */
	public Adapter createProtocolCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.OutcomeIndicator <em>Outcome Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.OutcomeIndicator
	 * @generated
	 */
	public Adapter createOutcomeIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sipqm.model.evaluation.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sipqm.model.evaluation.StatusChange
	 * @generated
	 */
	public Adapter createStatusChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EvaluationAdapterFactory
