/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One edition of a quality management framework, national or local.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.Framework#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getDateOfIssue <em>Date Of Issue</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getGradeScale <em>Grade Scale</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getSupportLevels <em>Support Levels</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Framework#getSchedules <em>Schedules</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getFramework()
 * @model
 * @generated
 */
public interface Framework extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier used in criterion URIs, for example 'sip-qm'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see #setEdition(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Edition()
	 * @model required="true"
	 * @generated
	 */
	String getEdition();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Date Of Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Issue</em>' attribute.
	 * @see #setDateOfIssue(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_DateOfIssue()
	 * @model
	 * @generated
	 */
	String getDateOfIssue();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getDateOfIssue <em>Date Of Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Issue</em>' attribute.
	 * @see #getDateOfIssue()
	 * @generated
	 */
	void setDateOfIssue(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The default value is <code>"national"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Origin()
	 * @model default="national"
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Purposes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purposes</em>' attribute list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Purposes()
	 * @model
	 * @generated
	 */
	EList<String> getPurposes();

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Principles()
	 * @model
	 * @generated
	 */
	EList<String> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Grade Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade Scale</em>' containment reference.
	 * @see #setGradeScale(GradeScale)
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_GradeScale()
	 * @model containment="true"
	 * @generated
	 */
	GradeScale getGradeScale();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Framework#getGradeScale <em>Grade Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade Scale</em>' containment reference.
	 * @see #getGradeScale()
	 * @generated
	 */
	void setGradeScale(GradeScale value);

	/**
	 * Returns the value of the '<em><b>Support Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.SupportLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Levels</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_SupportLevels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupportLevel> getSupportLevels();

	/**
	 * Returns the value of the '<em><b>Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Schedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedules</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getFramework_Schedules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Schedule> getSchedules();

} // Framework
