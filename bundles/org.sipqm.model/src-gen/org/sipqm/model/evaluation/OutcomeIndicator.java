/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.OutcomeIndicator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.OutcomeIndicator#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.OutcomeIndicator#getPupilGroup <em>Pupil Group</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.OutcomeIndicator#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getOutcomeIndicator()
 * @model
 * @generated
 */
public interface OutcomeIndicator extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.IndicatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.evaluation.IndicatorKind
	 * @see #setKind(IndicatorKind)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getOutcomeIndicator_Kind()
	 * @model
	 * @generated
	 */
	IndicatorKind getKind();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.OutcomeIndicator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.evaluation.IndicatorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IndicatorKind value);

	/**
	 * Returns the value of the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Academic Year</em>' attribute.
	 * @see #setAcademicYear(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getOutcomeIndicator_AcademicYear()
	 * @model
	 * @generated
	 */
	String getAcademicYear();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.OutcomeIndicator#getAcademicYear <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Academic Year</em>' attribute.
	 * @see #getAcademicYear()
	 * @generated
	 */
	void setAcademicYear(String value);

	/**
	 * Returns the value of the '<em><b>Pupil Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pupil Group</em>' attribute.
	 * @see #setPupilGroup(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getOutcomeIndicator_PupilGroup()
	 * @model
	 * @generated
	 */
	String getPupilGroup();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.OutcomeIndicator#getPupilGroup <em>Pupil Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pupil Group</em>' attribute.
	 * @see #getPupilGroup()
	 * @generated
	 */
	void setPupilGroup(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getOutcomeIndicator_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.OutcomeIndicator#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // OutcomeIndicator
