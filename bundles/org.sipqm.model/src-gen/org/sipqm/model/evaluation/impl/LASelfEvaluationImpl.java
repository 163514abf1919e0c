/**
 */
package org.sipqm.model.evaluation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.SectionJudgement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>LA Self Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.LASelfEvaluationImpl#getSectionJudgements <em>Section Judgements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LASelfEvaluationImpl extends EvaluationImpl implements LASelfEvaluation {
	/**
	 * The cached value of the '{@link #getSectionJudgements() <em>Section Judgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionJudgements()
	 * @generated
	 * @ordered
	 */
	protected EList<SectionJudgement> sectionJudgements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LASelfEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.LA_SELF_EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SectionJudgement> getSectionJudgements() {
		if (sectionJudgements == null) {
			sectionJudgements = new EObjectContainmentEList<SectionJudgement>(SectionJudgement.class, this, EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS);
		}
		return sectionJudgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS:
				return ((InternalEList<?>)getSectionJudgements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS:
				return getSectionJudgements();
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
			case EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS:
				getSectionJudgements().clear();
				getSectionJudgements().addAll((Collection<? extends SectionJudgement>)newValue);
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
			case EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS:
				getSectionJudgements().clear();
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
			case EvaluationPackage.LA_SELF_EVALUATION__SECTION_JUDGEMENTS:
				return sectionJudgements != null && !sectionJudgements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LASelfEvaluationImpl
