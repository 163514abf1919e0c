/**
 */
package org.sipqm.model.evaluation.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.NoteOfVisit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Note Of Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.NoteOfVisitImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteOfVisitImpl extends MinimalEObjectImpl.Container implements NoteOfVisit {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrengthsForDissemination() <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthsForDissemination()
	 * @generated
	 * @ordered
	 */
	protected static final String STRENGTHS_FOR_DISSEMINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrengthsForDissemination() <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthsForDissemination()
	 * @generated
	 * @ordered
	 */
	protected String strengthsForDissemination = STRENGTHS_FOR_DISSEMINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected static final String AREAS_FOR_IMPROVEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected String areasForImprovement = AREAS_FOR_IMPROVEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteOfVisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.NOTE_OF_VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NOTE_OF_VISIT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrengthsForDissemination() {
		return strengthsForDissemination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengthsForDissemination(String newStrengthsForDissemination) {
		String oldStrengthsForDissemination = strengthsForDissemination;
		strengthsForDissemination = newStrengthsForDissemination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION, oldStrengthsForDissemination, strengthsForDissemination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAreasForImprovement() {
		return areasForImprovement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreasForImprovement(String newAreasForImprovement) {
		String oldAreasForImprovement = areasForImprovement;
		areasForImprovement = newAreasForImprovement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT, oldAreasForImprovement, areasForImprovement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<Action>(Action.class, this, EvaluationPackage.NOTE_OF_VISIT__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.NOTE_OF_VISIT__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.NOTE_OF_VISIT__DATE:
				return getDate();
			case EvaluationPackage.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION:
				return getStrengthsForDissemination();
			case EvaluationPackage.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT:
				return getAreasForImprovement();
			case EvaluationPackage.NOTE_OF_VISIT__ACTIONS:
				return getActions();
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
			case EvaluationPackage.NOTE_OF_VISIT__DATE:
				setDate((LocalDate)newValue);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination((String)newValue);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement((String)newValue);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
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
			case EvaluationPackage.NOTE_OF_VISIT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination(STRENGTHS_FOR_DISSEMINATION_EDEFAULT);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement(AREAS_FOR_IMPROVEMENT_EDEFAULT);
				return;
			case EvaluationPackage.NOTE_OF_VISIT__ACTIONS:
				getActions().clear();
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
			case EvaluationPackage.NOTE_OF_VISIT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case EvaluationPackage.NOTE_OF_VISIT__STRENGTHS_FOR_DISSEMINATION:
				return STRENGTHS_FOR_DISSEMINATION_EDEFAULT == null ? strengthsForDissemination != null : !STRENGTHS_FOR_DISSEMINATION_EDEFAULT.equals(strengthsForDissemination);
			case EvaluationPackage.NOTE_OF_VISIT__AREAS_FOR_IMPROVEMENT:
				return AREAS_FOR_IMPROVEMENT_EDEFAULT == null ? areasForImprovement != null : !AREAS_FOR_IMPROVEMENT_EDEFAULT.equals(areasForImprovement);
			case EvaluationPackage.NOTE_OF_VISIT__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (date: ");
		result.append(date);
		result.append(", strengthsForDissemination: ");
		result.append(strengthsForDissemination);
		result.append(", areasForImprovement: ");
		result.append(areasForImprovement);
		result.append(')');
		return result.toString();
	}

} //NoteOfVisitImpl
