/**
 */
package org.sipqm.model.framework.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.framework.JointVisitFrequency;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.framework.SupportLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Support Level</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.impl.SupportLevelImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.SupportLevelImpl#getDaysPerTermPerPhase <em>Days Per Term Per Phase</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.SupportLevelImpl#getJointVisitFrequency <em>Joint Visit Frequency</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.SupportLevelImpl#getJointVisitRule <em>Joint Visit Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupportLevelImpl extends MinimalEObjectImpl.Container implements SupportLevel {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SupportKind KIND_EDEFAULT = SupportKind.INTENSIVE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SupportKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysPerTermPerPhase() <em>Days Per Term Per Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerTermPerPhase()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_PER_TERM_PER_PHASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDaysPerTermPerPhase() <em>Days Per Term Per Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerTermPerPhase()
	 * @generated
	 * @ordered
	 */
	protected int daysPerTermPerPhase = DAYS_PER_TERM_PER_PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJointVisitFrequency() <em>Joint Visit Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJointVisitFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final JointVisitFrequency JOINT_VISIT_FREQUENCY_EDEFAULT = JointVisitFrequency.EACH_TERM;

	/**
	 * The cached value of the '{@link #getJointVisitFrequency() <em>Joint Visit Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJointVisitFrequency()
	 * @generated
	 * @ordered
	 */
	protected JointVisitFrequency jointVisitFrequency = JOINT_VISIT_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getJointVisitRule() <em>Joint Visit Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJointVisitRule()
	 * @generated
	 * @ordered
	 */
	protected static final String JOINT_VISIT_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJointVisitRule() <em>Joint Visit Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJointVisitRule()
	 * @generated
	 * @ordered
	 */
	protected String jointVisitRule = JOINT_VISIT_RULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupportLevelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.SUPPORT_LEVEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SupportKind newKind) {
		SupportKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SUPPORT_LEVEL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysPerTermPerPhase() {
		return daysPerTermPerPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysPerTermPerPhase(int newDaysPerTermPerPhase) {
		int oldDaysPerTermPerPhase = daysPerTermPerPhase;
		daysPerTermPerPhase = newDaysPerTermPerPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE, oldDaysPerTermPerPhase, daysPerTermPerPhase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JointVisitFrequency getJointVisitFrequency() {
		return jointVisitFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJointVisitFrequency(JointVisitFrequency newJointVisitFrequency) {
		JointVisitFrequency oldJointVisitFrequency = jointVisitFrequency;
		jointVisitFrequency = newJointVisitFrequency == null ? JOINT_VISIT_FREQUENCY_EDEFAULT : newJointVisitFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY, oldJointVisitFrequency, jointVisitFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJointVisitRule() {
		return jointVisitRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJointVisitRule(String newJointVisitRule) {
		String oldJointVisitRule = jointVisitRule;
		jointVisitRule = newJointVisitRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_RULE, oldJointVisitRule, jointVisitRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.SUPPORT_LEVEL__KIND:
				return getKind();
			case FrameworkPackage.SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE:
				return getDaysPerTermPerPhase();
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY:
				return getJointVisitFrequency();
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_RULE:
				return getJointVisitRule();
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
			case FrameworkPackage.SUPPORT_LEVEL__KIND:
				setKind((SupportKind)newValue);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE:
				setDaysPerTermPerPhase((Integer)newValue);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY:
				setJointVisitFrequency((JointVisitFrequency)newValue);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_RULE:
				setJointVisitRule((String)newValue);
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
			case FrameworkPackage.SUPPORT_LEVEL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE:
				setDaysPerTermPerPhase(DAYS_PER_TERM_PER_PHASE_EDEFAULT);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY:
				setJointVisitFrequency(JOINT_VISIT_FREQUENCY_EDEFAULT);
				return;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_RULE:
				setJointVisitRule(JOINT_VISIT_RULE_EDEFAULT);
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
			case FrameworkPackage.SUPPORT_LEVEL__KIND:
				return kind != KIND_EDEFAULT;
			case FrameworkPackage.SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE:
				return daysPerTermPerPhase != DAYS_PER_TERM_PER_PHASE_EDEFAULT;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY:
				return jointVisitFrequency != JOINT_VISIT_FREQUENCY_EDEFAULT;
			case FrameworkPackage.SUPPORT_LEVEL__JOINT_VISIT_RULE:
				return JOINT_VISIT_RULE_EDEFAULT == null ? jointVisitRule != null : !JOINT_VISIT_RULE_EDEFAULT.equals(jointVisitRule);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", daysPerTermPerPhase: ");
		result.append(daysPerTermPerPhase);
		result.append(", jointVisitFrequency: ");
		result.append(jointVisitFrequency);
		result.append(", jointVisitRule: ");
		result.append(jointVisitRule);
		result.append(')');
		return result.toString();
	}

} //SupportLevelImpl
