/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.SupportLevel#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.framework.SupportLevel#getDaysPerTermPerPhase <em>Days Per Term Per Phase</em>}</li>
 *   <li>{@link org.sipqm.model.framework.SupportLevel#getJointVisitFrequency <em>Joint Visit Frequency</em>}</li>
 *   <li>{@link org.sipqm.model.framework.SupportLevel#getJointVisitRule <em>Joint Visit Rule</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getSupportLevel()
 * @model
 * @generated
 */
public interface SupportLevel extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.SupportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #setKind(SupportKind)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSupportLevel_Kind()
	 * @model required="true"
	 * @generated
	 */
	SupportKind getKind();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.SupportLevel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.SupportKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SupportKind value);

	/**
	 * Returns the value of the '<em><b>Days Per Term Per Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days Per Term Per Phase</em>' attribute.
	 * @see #setDaysPerTermPerPhase(int)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSupportLevel_DaysPerTermPerPhase()
	 * @model
	 * @generated
	 */
	int getDaysPerTermPerPhase();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.SupportLevel#getDaysPerTermPerPhase <em>Days Per Term Per Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Per Term Per Phase</em>' attribute.
	 * @see #getDaysPerTermPerPhase()
	 * @generated
	 */
	void setDaysPerTermPerPhase(int value);

	/**
	 * Returns the value of the '<em><b>Joint Visit Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.JointVisitFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joint Visit Frequency</em>' attribute.
	 * @see org.sipqm.model.framework.JointVisitFrequency
	 * @see #setJointVisitFrequency(JointVisitFrequency)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSupportLevel_JointVisitFrequency()
	 * @model
	 * @generated
	 */
	JointVisitFrequency getJointVisitFrequency();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.SupportLevel#getJointVisitFrequency <em>Joint Visit Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joint Visit Frequency</em>' attribute.
	 * @see org.sipqm.model.framework.JointVisitFrequency
	 * @see #getJointVisitFrequency()
	 * @generated
	 */
	void setJointVisitFrequency(JointVisitFrequency value);

	/**
	 * Returns the value of the '<em><b>Joint Visit Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joint Visit Rule</em>' attribute.
	 * @see #setJointVisitRule(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSupportLevel_JointVisitRule()
	 * @model
	 * @generated
	 */
	String getJointVisitRule();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.SupportLevel#getJointVisitRule <em>Joint Visit Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joint Visit Rule</em>' attribute.
	 * @see #getJointVisitRule()
	 * @generated
	 */
	void setJointVisitRule(String value);

} // SupportLevel
