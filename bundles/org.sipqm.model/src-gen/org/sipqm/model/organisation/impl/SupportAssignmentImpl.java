/**
 */
package org.sipqm.model.organisation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.framework.SupportKind;

import org.sipqm.model.organisation.OrganisationPackage;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Support Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl#getTerm <em>Term</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupportAssignmentImpl extends MinimalEObjectImpl.Container implements SupportAssignment {
	/**
	 * The default value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected static final String ACADEMIC_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected String academicYear = ACADEMIC_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected static final Term TERM_EDEFAULT = Term.AUTUMN;

	/**
	 * The cached value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected Term term = TERM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Phase PHASE_EDEFAULT = Phase.PRIMARY;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SupportKind LEVEL_EDEFAULT = SupportKind.INTENSIVE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected SupportKind level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupportAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrganisationPackage.Literals.SUPPORT_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcademicYear() {
		return academicYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcademicYear(String newAcademicYear) {
		String oldAcademicYear = academicYear;
		academicYear = newAcademicYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SUPPORT_ASSIGNMENT__ACADEMIC_YEAR, oldAcademicYear, academicYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getTerm() {
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerm(Term newTerm) {
		Term oldTerm = term;
		term = newTerm == null ? TERM_EDEFAULT : newTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SUPPORT_ASSIGNMENT__TERM, oldTerm, term));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SUPPORT_ASSIGNMENT__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportKind getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(SupportKind newLevel) {
		SupportKind oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SUPPORT_ASSIGNMENT__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrganisationPackage.SUPPORT_ASSIGNMENT__ACADEMIC_YEAR:
				return getAcademicYear();
			case OrganisationPackage.SUPPORT_ASSIGNMENT__TERM:
				return getTerm();
			case OrganisationPackage.SUPPORT_ASSIGNMENT__PHASE:
				return getPhase();
			case OrganisationPackage.SUPPORT_ASSIGNMENT__LEVEL:
				return getLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrganisationPackage.SUPPORT_ASSIGNMENT__ACADEMIC_YEAR:
				setAcademicYear((String)newValue);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__TERM:
				setTerm((Term)newValue);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__PHASE:
				setPhase((Phase)newValue);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__LEVEL:
				setLevel((SupportKind)newValue);
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
			case OrganisationPackage.SUPPORT_ASSIGNMENT__ACADEMIC_YEAR:
				setAcademicYear(ACADEMIC_YEAR_EDEFAULT);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__TERM:
				setTerm(TERM_EDEFAULT);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
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
			case OrganisationPackage.SUPPORT_ASSIGNMENT__ACADEMIC_YEAR:
				return ACADEMIC_YEAR_EDEFAULT == null ? academicYear != null : !ACADEMIC_YEAR_EDEFAULT.equals(academicYear);
			case OrganisationPackage.SUPPORT_ASSIGNMENT__TERM:
				return term != TERM_EDEFAULT;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__PHASE:
				return phase != PHASE_EDEFAULT;
			case OrganisationPackage.SUPPORT_ASSIGNMENT__LEVEL:
				return level != LEVEL_EDEFAULT;
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
		result.append(" (academicYear: ");
		result.append(academicYear);
		result.append(", term: ");
		result.append(term);
		result.append(", phase: ");
		result.append(phase);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //SupportAssignmentImpl
