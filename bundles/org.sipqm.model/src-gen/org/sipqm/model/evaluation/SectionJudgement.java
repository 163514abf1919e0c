/**
 */
package org.sipqm.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section Judgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.SectionJudgement#getSection <em>Section</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.SectionJudgement#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.SectionJudgement#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getSectionJudgement()
 * @model
 * @generated
 */
public interface SectionJudgement extends EObject {
	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getSectionJudgement_Section()
	 * @model required="true"
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.SectionJudgement#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.Grade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.sipqm.model.evaluation.Grade
	 * @see #setGrade(Grade)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getSectionJudgement_Grade()
	 * @model
	 * @generated
	 */
	Grade getGrade();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.SectionJudgement#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.sipqm.model.evaluation.Grade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(Grade value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getSectionJudgement_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.SectionJudgement#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // SectionJudgement
