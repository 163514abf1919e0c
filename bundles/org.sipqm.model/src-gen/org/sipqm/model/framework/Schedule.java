/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An evaluation schedule: a tool for evaluating one aspect of an LA's SIP function.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.Schedule#getNumber <em>Number</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getMissingContent <em>Missing Content</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Schedule#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule()
 * @model
 * @generated
 */
public interface Schedule extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtitle</em>' attribute.
	 * @see #setSubtitle(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Subtitle()
	 * @model
	 * @generated
	 */
	String getSubtitle();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getSubtitle <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtitle</em>' attribute.
	 * @see #getSubtitle()
	 * @generated
	 */
	void setSubtitle(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.ScheduleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.ScheduleKind
	 * @see #setKind(ScheduleKind)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Kind()
	 * @model
	 * @generated
	 */
	ScheduleKind getKind();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.ScheduleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ScheduleKind value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The default value is <code>"national"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Origin()
	 * @model default="national"
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paragraphs that introduce the schedule, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Introduction()
	 * @model
	 * @generated
	 */
	EList<String> getIntroduction();

	/**
	 * Returns the value of the '<em><b>Purposes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purposes</em>' attribute list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Purposes()
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
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Principles()
	 * @model
	 * @generated
	 */
	EList<String> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Missing Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the source text of the framework lacks for this schedule, for a local author to fill; empty when nothing is missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Content</em>' attribute.
	 * @see #setMissingContent(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_MissingContent()
	 * @model
	 * @generated
	 */
	String getMissingContent();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Schedule#getMissingContent <em>Missing Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Content</em>' attribute.
	 * @see #getMissingContent()
	 * @generated
	 */
	void setMissingContent(String value);

	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocols</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Protocols()
	 * @model containment="true"
	 * @generated
	 */
	EList<Protocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSchedule_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

} // Schedule
