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
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Judgement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#isNotEvaluated <em>Not Evaluated</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.JudgementImpl#isConcernsIndividual <em>Concerns Individual</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JudgementImpl extends MinimalEObjectImpl.Container implements Judgement {
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
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Grade GRADE_EDEFAULT = Grade.NOT_JUDGED;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected Grade grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotEvaluated() <em>Not Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotEvaluated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_EVALUATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotEvaluated() <em>Not Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotEvaluated()
	 * @generated
	 * @ordered
	 */
	protected boolean notEvaluated = NOT_EVALUATED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JudgementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.JUDGEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.JUDGEMENT__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grade getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(Grade newGrade) {
		Grade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.JUDGEMENT__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.JUDGEMENT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotEvaluated() {
		return notEvaluated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotEvaluated(boolean newNotEvaluated) {
		boolean oldNotEvaluated = notEvaluated;
		notEvaluated = newNotEvaluated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.JUDGEMENT__NOT_EVALUATED, oldNotEvaluated, notEvaluated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceItem> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<EvidenceItem>(EvidenceItem.class, this, EvaluationPackage.JUDGEMENT__EVIDENCE);
		}
		return evidence;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.JUDGEMENT__CONCERNS_INDIVIDUAL, oldConcernsIndividual, concernsIndividual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.JUDGEMENT__CRITERION:
				return getCriterion();
			case EvaluationPackage.JUDGEMENT__GRADE:
				return getGrade();
			case EvaluationPackage.JUDGEMENT__RATIONALE:
				return getRationale();
			case EvaluationPackage.JUDGEMENT__NOT_EVALUATED:
				return isNotEvaluated();
			case EvaluationPackage.JUDGEMENT__EVIDENCE:
				return getEvidence();
			case EvaluationPackage.JUDGEMENT__CONCERNS_INDIVIDUAL:
				return isConcernsIndividual();
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
			case EvaluationPackage.JUDGEMENT__CRITERION:
				setCriterion((String)newValue);
				return;
			case EvaluationPackage.JUDGEMENT__GRADE:
				setGrade((Grade)newValue);
				return;
			case EvaluationPackage.JUDGEMENT__RATIONALE:
				setRationale((String)newValue);
				return;
			case EvaluationPackage.JUDGEMENT__NOT_EVALUATED:
				setNotEvaluated((Boolean)newValue);
				return;
			case EvaluationPackage.JUDGEMENT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceItem>)newValue);
				return;
			case EvaluationPackage.JUDGEMENT__CONCERNS_INDIVIDUAL:
				setConcernsIndividual((Boolean)newValue);
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
			case EvaluationPackage.JUDGEMENT__CRITERION:
				setCriterion(CRITERION_EDEFAULT);
				return;
			case EvaluationPackage.JUDGEMENT__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case EvaluationPackage.JUDGEMENT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case EvaluationPackage.JUDGEMENT__NOT_EVALUATED:
				setNotEvaluated(NOT_EVALUATED_EDEFAULT);
				return;
			case EvaluationPackage.JUDGEMENT__EVIDENCE:
				getEvidence().clear();
				return;
			case EvaluationPackage.JUDGEMENT__CONCERNS_INDIVIDUAL:
				setConcernsIndividual(CONCERNS_INDIVIDUAL_EDEFAULT);
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
			case EvaluationPackage.JUDGEMENT__CRITERION:
				return CRITERION_EDEFAULT == null ? criterion != null : !CRITERION_EDEFAULT.equals(criterion);
			case EvaluationPackage.JUDGEMENT__GRADE:
				return grade != GRADE_EDEFAULT;
			case EvaluationPackage.JUDGEMENT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case EvaluationPackage.JUDGEMENT__NOT_EVALUATED:
				return notEvaluated != NOT_EVALUATED_EDEFAULT;
			case EvaluationPackage.JUDGEMENT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case EvaluationPackage.JUDGEMENT__CONCERNS_INDIVIDUAL:
				return concernsIndividual != CONCERNS_INDIVIDUAL_EDEFAULT;
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
		result.append(", grade: ");
		result.append(grade);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", notEvaluated: ");
		result.append(notEvaluated);
		result.append(", concernsIndividual: ");
		result.append(concernsIndividual);
		result.append(')');
		return result.toString();
	}

} //JudgementImpl
