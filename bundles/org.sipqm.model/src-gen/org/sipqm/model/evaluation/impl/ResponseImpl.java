/**
 */
package org.sipqm.model.evaluation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Response;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#getExample <em>Example</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#isConcernsIndividual <em>Concerns Individual</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ResponseImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseImpl extends MinimalEObjectImpl.Container implements Response {
	/**
	 * The default value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected String criterion = CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected String answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected static final String EXAMPLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected String example = EXAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected String impact = IMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #isConcernsIndividual() <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcernsIndividual()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONCERNS_INDIVIDUAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConcernsIndividual() <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcernsIndividual()
	 * @generated
	 * @ordered
	 */
	protected boolean concernsIndividual = CONCERNS_INDIVIDUAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceItem> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(String newCriterion) {
		String oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RESPONSE__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(String newAnswer) {
		String oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RESPONSE__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(String newExample) {
		String oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RESPONSE__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImpact() {
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(String newImpact) {
		String oldImpact = impact;
		impact = newImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RESPONSE__IMPACT, oldImpact, impact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConcernsIndividual() {
		return concernsIndividual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcernsIndividual(boolean newConcernsIndividual) {
		boolean oldConcernsIndividual = concernsIndividual;
		concernsIndividual = newConcernsIndividual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RESPONSE__CONCERNS_INDIVIDUAL, oldConcernsIndividual, concernsIndividual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceItem> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<EvidenceItem>(EvidenceItem.class, this, EvaluationPackage.RESPONSE__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.RESPONSE__CRITERION:
				return getCriterion();
			case EvaluationPackage.RESPONSE__ANSWER:
				return getAnswer();
			case EvaluationPackage.RESPONSE__EXAMPLE:
				return getExample();
			case EvaluationPackage.RESPONSE__IMPACT:
				return getImpact();
			case EvaluationPackage.RESPONSE__CONCERNS_INDIVIDUAL:
				return isConcernsIndividual();
			case EvaluationPackage.RESPONSE__EVIDENCE:
				return getEvidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.RESPONSE__CRITERION:
				setCriterion((String)newValue);
				return;
			case EvaluationPackage.RESPONSE__ANSWER:
				setAnswer((String)newValue);
				return;
			case EvaluationPackage.RESPONSE__EXAMPLE:
				setExample((String)newValue);
				return;
			case EvaluationPackage.RESPONSE__IMPACT:
				setImpact((String)newValue);
				return;
			case EvaluationPackage.RESPONSE__CONCERNS_INDIVIDUAL:
				setConcernsIndividual((Boolean)newValue);
				return;
			case EvaluationPackage.RESPONSE__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceItem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EvaluationPackage.RESPONSE__CRITERION:
				setCriterion(CRITERION_EDEFAULT);
				return;
			case EvaluationPackage.RESPONSE__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case EvaluationPackage.RESPONSE__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case EvaluationPackage.RESPONSE__IMPACT:
				setImpact(IMPACT_EDEFAULT);
				return;
			case EvaluationPackage.RESPONSE__CONCERNS_INDIVIDUAL:
				setConcernsIndividual(CONCERNS_INDIVIDUAL_EDEFAULT);
				return;
			case EvaluationPackage.RESPONSE__EVIDENCE:
				getEvidence().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EvaluationPackage.RESPONSE__CRITERION:
				return CRITERION_EDEFAULT == null ? criterion != null : !CRITERION_EDEFAULT.equals(criterion);
			case EvaluationPackage.RESPONSE__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case EvaluationPackage.RESPONSE__EXAMPLE:
				return EXAMPLE_EDEFAULT == null ? example != null : !EXAMPLE_EDEFAULT.equals(example);
			case EvaluationPackage.RESPONSE__IMPACT:
				return IMPACT_EDEFAULT == null ? impact != null : !IMPACT_EDEFAULT.equals(impact);
			case EvaluationPackage.RESPONSE__CONCERNS_INDIVIDUAL:
				return concernsIndividual != CONCERNS_INDIVIDUAL_EDEFAULT;
			case EvaluationPackage.RESPONSE__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (criterion: ");
		result.append(criterion);
		result.append(", answer: ");
		result.append(answer);
		result.append(", example: ");
		result.append(example);
		result.append(", impact: ");
		result.append(impact);
		result.append(", concernsIndividual: ");
		result.append(concernsIndividual);
		result.append(')');
		return result.toString();
	}

} //ResponseImpl
