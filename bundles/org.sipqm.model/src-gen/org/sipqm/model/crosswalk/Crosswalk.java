/**
 */
package org.sipqm.model.crosswalk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crosswalk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The reviewed mappings from the criteria of a source framework edition to those of a target edition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.Crosswalk#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Crosswalk#getSourceEdition <em>Source Edition</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Crosswalk#getTargetEdition <em>Target Edition</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Crosswalk#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Crosswalk#getRejections <em>Rejections</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk()
 * @model
 * @generated
 */
public interface Crosswalk extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Crosswalk#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edition key '<framework>/<edition>' of the local framework, for example 'derby-qm/2008'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Edition</em>' attribute.
	 * @see #setSourceEdition(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk_SourceEdition()
	 * @model required="true"
	 * @generated
	 */
	String getSourceEdition();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Crosswalk#getSourceEdition <em>Source Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Edition</em>' attribute.
	 * @see #getSourceEdition()
	 * @generated
	 */
	void setSourceEdition(String value);

	/**
	 * Returns the value of the '<em><b>Target Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edition key '<framework>/<edition>' of the national framework, for example 'sip-qm/1'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Edition</em>' attribute.
	 * @see #setTargetEdition(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk_TargetEdition()
	 * @model required="true"
	 * @generated
	 */
	String getTargetEdition();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Crosswalk#getTargetEdition <em>Target Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Edition</em>' attribute.
	 * @see #getTargetEdition()
	 * @generated
	 */
	void setTargetEdition(String value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.crosswalk.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Rejections</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.crosswalk.Rejection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suggested pairs that a reviewer rejected, so that they are not suggested again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejections</em>' containment reference list.
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getCrosswalk_Rejections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rejection> getRejections();

} // Crosswalk
