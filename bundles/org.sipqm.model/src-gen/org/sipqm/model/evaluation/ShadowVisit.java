/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.common.util.EList;

import org.sipqm.model.framework.SupportKind;

import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shadow Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Schedule 3: a joint visit in which the SIPCo shadows a SIP at a school.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#getSchool <em>School</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#getSupportLevel <em>Support Level</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#getProtocolChecks <em>Protocol Checks</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToHeadteacher <em>Summary To Headteacher</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToLA <em>Summary To LA</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit()
 * @model
 * @generated
 */
public interface ShadowVisit extends Evaluation {
	/**
	 * Returns the value of the '<em><b>School</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>School</em>' reference.
	 * @see #setSchool(School)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_School()
	 * @model
	 * @generated
	 */
	School getSchool();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#getSchool <em>School</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School</em>' reference.
	 * @see #getSchool()
	 * @generated
	 */
	void setSchool(School value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(SchoolImprovementPartner)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_Partner()
	 * @model
	 * @generated
	 */
	SchoolImprovementPartner getPartner();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(SchoolImprovementPartner value);

	/**
	 * Returns the value of the '<em><b>Support Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.SupportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Level</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #setSupportLevel(SupportKind)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_SupportLevel()
	 * @model
	 * @generated
	 */
	SupportKind getSupportLevel();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#getSupportLevel <em>Support Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Level</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #getSupportLevel()
	 * @generated
	 */
	void setSupportLevel(SupportKind value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.ProtocolCheck}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Checks</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_ProtocolChecks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolCheck> getProtocolChecks();

	/**
	 * Returns the value of the '<em><b>Summary To Headteacher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary To Headteacher</em>' attribute.
	 * @see #setSummaryToHeadteacher(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_SummaryToHeadteacher()
	 * @model
	 * @generated
	 */
	boolean isSummaryToHeadteacher();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToHeadteacher <em>Summary To Headteacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary To Headteacher</em>' attribute.
	 * @see #isSummaryToHeadteacher()
	 * @generated
	 */
	void setSummaryToHeadteacher(boolean value);

	/**
	 * Returns the value of the '<em><b>Summary To LA</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary To LA</em>' attribute.
	 * @see #setSummaryToLA(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getShadowVisit_SummaryToLA()
	 * @model
	 * @generated
	 */
	boolean isSummaryToLA();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.ShadowVisit#isSummaryToLA <em>Summary To LA</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary To LA</em>' attribute.
	 * @see #isSummaryToLA()
	 * @generated
	 */
	void setSummaryToLA(boolean value);

} // ShadowVisit
