/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion, question or prompt of a schedule section.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.Criterion#getCode <em>Code</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#getSubItems <em>Sub Items</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.Criterion#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code unique within the schedule: the section code and the position in the section, for example '1.1.3' or '2.3a.2'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Criterion#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Statement()
	 * @model required="true"
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Criterion#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Sub Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Items</em>' attribute list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_SubItems()
	 * @model
	 * @generated
	 */
	EList<String> getSubItems();

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Criterion#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.CriterionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.CriterionKind
	 * @see #setKind(CriterionKind)
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Kind()
	 * @model
	 * @generated
	 */
	CriterionKind getKind();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Criterion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.framework.CriterionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriterionKind value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The default value is <code>"national"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 'national', or the symbolic name of the plug-in that contributed the criterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Origin()
	 * @model default="national"
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.Criterion#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.framework.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptors</em>' containment reference list.
	 * @see org.sipqm.model.framework.FrameworkPackage#getCriterion_Descriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

} // Criterion
