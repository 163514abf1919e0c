/**
 */
package org.sipqm.model.evaluation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;

import org.sipqm.model.framework.SupportKind;

import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shadow Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#getSchool <em>School</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#getSupportLevel <em>Support Level</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#getProtocolChecks <em>Protocol Checks</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#isSummaryToHeadteacher <em>Summary To Headteacher</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.ShadowVisitImpl#isSummaryToLA <em>Summary To LA</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShadowVisitImpl extends EvaluationImpl implements ShadowVisit {
	/**
	 * The cached value of the '{@link #getSchool() <em>School</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected School school;

	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected SchoolImprovementPartner partner;

	/**
	 * The default value of the '{@link #getSupportLevel() <em>Support Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SupportKind SUPPORT_LEVEL_EDEFAULT = SupportKind.INTENSIVE;

	/**
	 * The cached value of the '{@link #getSupportLevel() <em>Support Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportLevel()
	 * @generated
	 * @ordered
	 */
	protected SupportKind supportLevel = SUPPORT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProtocolChecks() <em>Protocol Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolCheck> protocolChecks;

	/**
	 * The default value of the '{@link #isSummaryToHeadteacher() <em>Summary To Headteacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSummaryToHeadteacher()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUMMARY_TO_HEADTEACHER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSummaryToHeadteacher() <em>Summary To Headteacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSummaryToHeadteacher()
	 * @generated
	 * @ordered
	 */
	protected boolean summaryToHeadteacher = SUMMARY_TO_HEADTEACHER_EDEFAULT;

	/**
	 * The default value of the '{@link #isSummaryToLA() <em>Summary To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSummaryToLA()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUMMARY_TO_LA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSummaryToLA() <em>Summary To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSummaryToLA()
	 * @generated
	 * @ordered
	 */
	protected boolean summaryToLA = SUMMARY_TO_LA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShadowVisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.SHADOW_VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public School getSchool() {
		if (school != null && school.eIsProxy()) {
			InternalEObject oldSchool = (InternalEObject)school;
			school = (School)eResolveProxy(oldSchool);
			if (school != oldSchool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.SHADOW_VISIT__SCHOOL, oldSchool, school));
			}
		}
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public School basicGetSchool() {
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchool(School newSchool) {
		School oldSchool = school;
		school = newSchool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__SCHOOL, oldSchool, school));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolImprovementPartner getPartner() {
		if (partner != null && partner.eIsProxy()) {
			InternalEObject oldPartner = (InternalEObject)partner;
			partner = (SchoolImprovementPartner)eResolveProxy(oldPartner);
			if (partner != oldPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.SHADOW_VISIT__PARTNER, oldPartner, partner));
			}
		}
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchoolImprovementPartner basicGetPartner() {
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(SchoolImprovementPartner newPartner) {
		SchoolImprovementPartner oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportKind getSupportLevel() {
		return supportLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportLevel(SupportKind newSupportLevel) {
		SupportKind oldSupportLevel = supportLevel;
		supportLevel = newSupportLevel == null ? SUPPORT_LEVEL_EDEFAULT : newSupportLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__SUPPORT_LEVEL, oldSupportLevel, supportLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolCheck> getProtocolChecks() {
		if (protocolChecks == null) {
			protocolChecks = new EObjectContainmentEList<ProtocolCheck>(ProtocolCheck.class, this, EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS);
		}
		return protocolChecks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSummaryToHeadteacher() {
		return summaryToHeadteacher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummaryToHeadteacher(boolean newSummaryToHeadteacher) {
		boolean oldSummaryToHeadteacher = summaryToHeadteacher;
		summaryToHeadteacher = newSummaryToHeadteacher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER, oldSummaryToHeadteacher, summaryToHeadteacher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSummaryToLA() {
		return summaryToLA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummaryToLA(boolean newSummaryToLA) {
		boolean oldSummaryToLA = summaryToLA;
		summaryToLA = newSummaryToLA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_LA, oldSummaryToLA, summaryToLA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS:
				return ((InternalEList<?>)getProtocolChecks()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.SHADOW_VISIT__SCHOOL:
				if (resolve) return getSchool();
				return basicGetSchool();
			case EvaluationPackage.SHADOW_VISIT__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
			case EvaluationPackage.SHADOW_VISIT__SUPPORT_LEVEL:
				return getSupportLevel();
			case EvaluationPackage.SHADOW_VISIT__PURPOSE:
				return getPurpose();
			case EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS:
				return getProtocolChecks();
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER:
				return isSummaryToHeadteacher();
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_LA:
				return isSummaryToLA();
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
			case EvaluationPackage.SHADOW_VISIT__SCHOOL:
				setSchool((School)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__PARTNER:
				setPartner((SchoolImprovementPartner)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__SUPPORT_LEVEL:
				setSupportLevel((SupportKind)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS:
				getProtocolChecks().clear();
				getProtocolChecks().addAll((Collection<? extends ProtocolCheck>)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER:
				setSummaryToHeadteacher((Boolean)newValue);
				return;
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_LA:
				setSummaryToLA((Boolean)newValue);
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
			case EvaluationPackage.SHADOW_VISIT__SCHOOL:
				setSchool((School)null);
				return;
			case EvaluationPackage.SHADOW_VISIT__PARTNER:
				setPartner((SchoolImprovementPartner)null);
				return;
			case EvaluationPackage.SHADOW_VISIT__SUPPORT_LEVEL:
				setSupportLevel(SUPPORT_LEVEL_EDEFAULT);
				return;
			case EvaluationPackage.SHADOW_VISIT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS:
				getProtocolChecks().clear();
				return;
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER:
				setSummaryToHeadteacher(SUMMARY_TO_HEADTEACHER_EDEFAULT);
				return;
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_LA:
				setSummaryToLA(SUMMARY_TO_LA_EDEFAULT);
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
			case EvaluationPackage.SHADOW_VISIT__SCHOOL:
				return school != null;
			case EvaluationPackage.SHADOW_VISIT__PARTNER:
				return partner != null;
			case EvaluationPackage.SHADOW_VISIT__SUPPORT_LEVEL:
				return supportLevel != SUPPORT_LEVEL_EDEFAULT;
			case EvaluationPackage.SHADOW_VISIT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case EvaluationPackage.SHADOW_VISIT__PROTOCOL_CHECKS:
				return protocolChecks != null && !protocolChecks.isEmpty();
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_HEADTEACHER:
				return summaryToHeadteacher != SUMMARY_TO_HEADTEACHER_EDEFAULT;
			case EvaluationPackage.SHADOW_VISIT__SUMMARY_TO_LA:
				return summaryToLA != SUMMARY_TO_LA_EDEFAULT;
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
		result.append(" (supportLevel: ");
		result.append(supportLevel);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", summaryToHeadteacher: ");
		result.append(summaryToHeadteacher);
		result.append(", summaryToLA: ");
		result.append(summaryToLA);
		result.append(')');
		return result.toString();
	}

} //ShadowVisitImpl
