/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.sipqm.model.organisation.School;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Headteacher Discussion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Schedule 2: a school visit or a telephone call to the headteacher.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getSchool <em>School</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getMode <em>Mode</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isLaConsulted <em>La Consulted</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getLaConsultedOn <em>La Consulted On</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isSipInformed <em>Sip Informed</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToLA <em>Feedback To LA</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToSIP <em>Feedback To SIP</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getOverallBenefits <em>Overall Benefits</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getStrengthsForDissemination <em>Strengths For Dissemination</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion()
 * @model
 * @generated
 */
public interface HeadteacherDiscussion extends Evaluation {
	/**
	 * Returns the value of the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>School</em>' reference.
	 * @see #setSchool(School)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_School()
	 * @model
	 * @generated
	 */
	School getSchool();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getSchool <em>School</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School</em>' reference.
	 * @see #getSchool()
	 * @generated
	 */
	void setSchool(School value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.DiscussionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.sipqm.model.evaluation.DiscussionMode
	 * @see #setMode(DiscussionMode)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_Mode()
	 * @model
	 * @generated
	 */
	DiscussionMode getMode();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.sipqm.model.evaluation.DiscussionMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(DiscussionMode value);

	/**
	 * Returns the value of the '<em><b>La Consulted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>La Consulted</em>' attribute.
	 * @see #setLaConsulted(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_LaConsulted()
	 * @model
	 * @generated
	 */
	boolean isLaConsulted();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isLaConsulted <em>La Consulted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>La Consulted</em>' attribute.
	 * @see #isLaConsulted()
	 * @generated
	 */
	void setLaConsulted(boolean value);

	/**
	 * Returns the value of the '<em><b>La Consulted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>La Consulted On</em>' attribute.
	 * @see #setLaConsultedOn(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_LaConsultedOn()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getLaConsultedOn();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getLaConsultedOn <em>La Consulted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>La Consulted On</em>' attribute.
	 * @see #getLaConsultedOn()
	 * @generated
	 */
	void setLaConsultedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sip Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sip Informed</em>' attribute.
	 * @see #setSipInformed(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_SipInformed()
	 * @model
	 * @generated
	 */
	boolean isSipInformed();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isSipInformed <em>Sip Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip Informed</em>' attribute.
	 * @see #isSipInformed()
	 * @generated
	 */
	void setSipInformed(boolean value);

	/**
	 * Returns the value of the '<em><b>Feedback To LA</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback To LA</em>' attribute.
	 * @see #setFeedbackToLA(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_FeedbackToLA()
	 * @model
	 * @generated
	 */
	boolean isFeedbackToLA();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToLA <em>Feedback To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback To LA</em>' attribute.
	 * @see #isFeedbackToLA()
	 * @generated
	 */
	void setFeedbackToLA(boolean value);

	/**
	 * Returns the value of the '<em><b>Feedback To SIP</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback To SIP</em>' attribute.
	 * @see #setFeedbackToSIP(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_FeedbackToSIP()
	 * @model
	 * @generated
	 */
	boolean isFeedbackToSIP();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#isFeedbackToSIP <em>Feedback To SIP</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback To SIP</em>' attribute.
	 * @see #isFeedbackToSIP()
	 * @generated
	 */
	void setFeedbackToSIP(boolean value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.Response}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_Responses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Response> getResponses();

	/**
	 * Returns the value of the '<em><b>Overall Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall Benefits</em>' attribute.
	 * @see #setOverallBenefits(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_OverallBenefits()
	 * @model
	 * @generated
	 */
	String getOverallBenefits();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getOverallBenefits <em>Overall Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall Benefits</em>' attribute.
	 * @see #getOverallBenefits()
	 * @generated
	 */
	void setOverallBenefits(String value);

	/**
	 * Returns the value of the '<em><b>Strengths For Dissemination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strengths For Dissemination</em>' attribute.
	 * @see #setStrengthsForDissemination(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_StrengthsForDissemination()
	 * @model
	 * @generated
	 */
	String getStrengthsForDissemination();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getStrengthsForDissemination <em>Strengths For Dissemination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strengths For Dissemination</em>' attribute.
	 * @see #getStrengthsForDissemination()
	 * @generated
	 */
	void setStrengthsForDissemination(String value);

	/**
	 * Returns the value of the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #setAreasForImprovement(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getHeadteacherDiscussion_AreasForImprovement()
	 * @model
	 * @generated
	 */
	String getAreasForImprovement();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.HeadteacherDiscussion#getAreasForImprovement <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #getAreasForImprovement()
	 * @generated
	 */
	void setAreasForImprovement(String value);

} // HeadteacherDiscussion
