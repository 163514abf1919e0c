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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;

import org.sipqm.model.organisation.School;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Headteacher Discussion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getSchool <em>School</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#isLaConsulted <em>La Consulted</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getLaConsultedOn <em>La Consulted On</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#isSipInformed <em>Sip Informed</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#isFeedbackToLA <em>Feedback To LA</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#isFeedbackToSIP <em>Feedback To SIP</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getOverallBenefits <em>Overall Benefits</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.HeadteacherDiscussionImpl#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HeadteacherDiscussionImpl extends EvaluationImpl implements HeadteacherDiscussion {
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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final DiscussionMode MODE_EDEFAULT = DiscussionMode.SCHOOL_VISIT;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected DiscussionMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLaConsulted() <em>La Consulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaConsulted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LA_CONSULTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLaConsulted() <em>La Consulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaConsulted()
	 * @generated
	 * @ordered
	 */
	protected boolean laConsulted = LA_CONSULTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLaConsultedOn() <em>La Consulted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaConsultedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LA_CONSULTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLaConsultedOn() <em>La Consulted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaConsultedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate laConsultedOn = LA_CONSULTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isSipInformed() <em>Sip Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSipInformed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIP_INFORMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSipInformed() <em>Sip Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSipInformed()
	 * @generated
	 * @ordered
	 */
	protected boolean sipInformed = SIP_INFORMED_EDEFAULT;

	/**
	 * The default value of the '{@link #isFeedbackToLA() <em>Feedback To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackToLA()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FEEDBACK_TO_LA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFeedbackToLA() <em>Feedback To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackToLA()
	 * @generated
	 * @ordered
	 */
	protected boolean feedbackToLA = FEEDBACK_TO_LA_EDEFAULT;

	/**
	 * The default value of the '{@link #isFeedbackToSIP() <em>Feedback To SIP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackToSIP()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FEEDBACK_TO_SIP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFeedbackToSIP() <em>Feedback To SIP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFeedbackToSIP()
	 * @generated
	 * @ordered
	 */
	protected boolean feedbackToSIP = FEEDBACK_TO_SIP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<Response> responses;

	/**
	 * The default value of the '{@link #getOverallBenefits() <em>Overall Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallBenefits()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERALL_BENEFITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverallBenefits() <em>Overall Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallBenefits()
	 * @generated
	 * @ordered
	 */
	protected String overallBenefits = OVERALL_BENEFITS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HeadteacherDiscussionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.HEADTEACHER_DISCUSSION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL, oldSchool, school));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL, oldSchool, school));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiscussionMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(DiscussionMode newMode) {
		DiscussionMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLaConsulted() {
		return laConsulted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaConsulted(boolean newLaConsulted) {
		boolean oldLaConsulted = laConsulted;
		laConsulted = newLaConsulted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED, oldLaConsulted, laConsulted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLaConsultedOn() {
		return laConsultedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaConsultedOn(LocalDate newLaConsultedOn) {
		LocalDate oldLaConsultedOn = laConsultedOn;
		laConsultedOn = newLaConsultedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON, oldLaConsultedOn, laConsultedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSipInformed() {
		return sipInformed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipInformed(boolean newSipInformed) {
		boolean oldSipInformed = sipInformed;
		sipInformed = newSipInformed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED, oldSipInformed, sipInformed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFeedbackToLA() {
		return feedbackToLA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackToLA(boolean newFeedbackToLA) {
		boolean oldFeedbackToLA = feedbackToLA;
		feedbackToLA = newFeedbackToLA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA, oldFeedbackToLA, feedbackToLA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFeedbackToSIP() {
		return feedbackToSIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackToSIP(boolean newFeedbackToSIP) {
		boolean oldFeedbackToSIP = feedbackToSIP;
		feedbackToSIP = newFeedbackToSIP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP, oldFeedbackToSIP, feedbackToSIP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Response> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentEList<Response>(Response.class, this, EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverallBenefits() {
		return overallBenefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverallBenefits(String newOverallBenefits) {
		String oldOverallBenefits = overallBenefits;
		overallBenefits = newOverallBenefits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS, oldOverallBenefits, overallBenefits));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION, oldStrengthsForDissemination, strengthsForDissemination));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT, oldAreasForImprovement, areasForImprovement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL:
				if (resolve) return getSchool();
				return basicGetSchool();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__MODE:
				return getMode();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED:
				return isLaConsulted();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON:
				return getLaConsultedOn();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED:
				return isSipInformed();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA:
				return isFeedbackToLA();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP:
				return isFeedbackToSIP();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
				return getResponses();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS:
				return getOverallBenefits();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION:
				return getStrengthsForDissemination();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT:
				return getAreasForImprovement();
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
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL:
				setSchool((School)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__MODE:
				setMode((DiscussionMode)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED:
				setLaConsulted((Boolean)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON:
				setLaConsultedOn((LocalDate)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED:
				setSipInformed((Boolean)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA:
				setFeedbackToLA((Boolean)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP:
				setFeedbackToSIP((Boolean)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends Response>)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS:
				setOverallBenefits((String)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination((String)newValue);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement((String)newValue);
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
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL:
				setSchool((School)null);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED:
				setLaConsulted(LA_CONSULTED_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON:
				setLaConsultedOn(LA_CONSULTED_ON_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED:
				setSipInformed(SIP_INFORMED_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA:
				setFeedbackToLA(FEEDBACK_TO_LA_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP:
				setFeedbackToSIP(FEEDBACK_TO_SIP_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
				getResponses().clear();
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS:
				setOverallBenefits(OVERALL_BENEFITS_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION:
				setStrengthsForDissemination(STRENGTHS_FOR_DISSEMINATION_EDEFAULT);
				return;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement(AREAS_FOR_IMPROVEMENT_EDEFAULT);
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
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SCHOOL:
				return school != null;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__MODE:
				return mode != MODE_EDEFAULT;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED:
				return laConsulted != LA_CONSULTED_EDEFAULT;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__LA_CONSULTED_ON:
				return LA_CONSULTED_ON_EDEFAULT == null ? laConsultedOn != null : !LA_CONSULTED_ON_EDEFAULT.equals(laConsultedOn);
			case EvaluationPackage.HEADTEACHER_DISCUSSION__SIP_INFORMED:
				return sipInformed != SIP_INFORMED_EDEFAULT;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_LA:
				return feedbackToLA != FEEDBACK_TO_LA_EDEFAULT;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__FEEDBACK_TO_SIP:
				return feedbackToSIP != FEEDBACK_TO_SIP_EDEFAULT;
			case EvaluationPackage.HEADTEACHER_DISCUSSION__RESPONSES:
				return responses != null && !responses.isEmpty();
			case EvaluationPackage.HEADTEACHER_DISCUSSION__OVERALL_BENEFITS:
				return OVERALL_BENEFITS_EDEFAULT == null ? overallBenefits != null : !OVERALL_BENEFITS_EDEFAULT.equals(overallBenefits);
			case EvaluationPackage.HEADTEACHER_DISCUSSION__STRENGTHS_FOR_DISSEMINATION:
				return STRENGTHS_FOR_DISSEMINATION_EDEFAULT == null ? strengthsForDissemination != null : !STRENGTHS_FOR_DISSEMINATION_EDEFAULT.equals(strengthsForDissemination);
			case EvaluationPackage.HEADTEACHER_DISCUSSION__AREAS_FOR_IMPROVEMENT:
				return AREAS_FOR_IMPROVEMENT_EDEFAULT == null ? areasForImprovement != null : !AREAS_FOR_IMPROVEMENT_EDEFAULT.equals(areasForImprovement);
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", laConsulted: ");
		result.append(laConsulted);
		result.append(", laConsultedOn: ");
		result.append(laConsultedOn);
		result.append(", sipInformed: ");
		result.append(sipInformed);
		result.append(", feedbackToLA: ");
		result.append(feedbackToLA);
		result.append(", feedbackToSIP: ");
		result.append(feedbackToSIP);
		result.append(", overallBenefits: ");
		result.append(overallBenefits);
		result.append(", strengthsForDissemination: ");
		result.append(strengthsForDissemination);
		result.append(", areasForImprovement: ");
		result.append(areasForImprovement);
		result.append(')');
		return result.toString();
	}

} //HeadteacherDiscussionImpl
