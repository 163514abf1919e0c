/**
 */
package org.sipqm.model.crosswalk;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one local criterion relates to one national criterion, as a reviewer judged it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getLocalCriterion <em>Local Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getNationalCriterion <em>National Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.Mapping#getReviewedOn <em>Reviewed On</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping()
 * @model
 * @generated
 */
public interface Mapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Local Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criterion URI in the source edition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Criterion</em>' attribute.
	 * @see #setLocalCriterion(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_LocalCriterion()
	 * @model required="true"
	 * @generated
	 */
	String getLocalCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getLocalCriterion <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Criterion</em>' attribute.
	 * @see #getLocalCriterion()
	 * @generated
	 */
	void setLocalCriterion(String value);

	/**
	 * Returns the value of the '<em><b>National Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criterion URI in the target edition; empty when the relationship is NO_COUNTERPART.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>National Criterion</em>' attribute.
	 * @see #setNationalCriterion(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_NationalCriterion()
	 * @model
	 * @generated
	 */
	String getNationalCriterion();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getNationalCriterion <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Criterion</em>' attribute.
	 * @see #getNationalCriterion()
	 * @generated
	 */
	void setNationalCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.crosswalk.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see org.sipqm.model.crosswalk.Relationship
	 * @see #setRelationship(Relationship)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_Relationship()
	 * @model
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see org.sipqm.model.crosswalk.Relationship
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.crosswalk.Strength}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see org.sipqm.model.crosswalk.Strength
	 * @see #setStrength(Strength)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_Strength()
	 * @model
	 * @generated
	 */
	Strength getStrength();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see org.sipqm.model.crosswalk.Strength
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(Strength value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(LocalDate)
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getMapping_ReviewedOn()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getReviewedOn();

	/**
	 * Sets the value of the '{@link org.sipqm.model.crosswalk.Mapping#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(LocalDate value);

} // Mapping
