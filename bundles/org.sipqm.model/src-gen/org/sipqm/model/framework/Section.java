/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.Section#getCode <em>Code</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Section#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Section#getMissingContent <em>Missing Content</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Section#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Section#getSubsections <em>Subsections</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The section number as printed, for example '1.1', '2.3a' or '3'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Section#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The default value is <code>"national"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_Origin()
	 * @model default="national"
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Section#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Missing Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Content</em>' attribute.
	 * @see #setMissingContent(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_MissingContent()
	 * @model
	 * @generated
	 */
	String getMissingContent();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Section#getMissingContent <em>Missing Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Content</em>' attribute.
	 * @see #getMissingContent()
	 * @generated
	 */
	void setMissingContent(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Subsections</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsections</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getSection_Subsections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSubsections();

} // Section
