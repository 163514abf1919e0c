/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Term;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getFramework <em>Framework</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getTerm <em>Term</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getLocalAuthority <em>Local Authority</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getJudgements <em>Judgements</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getNoteOfVisit <em>Note Of Visit</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getOutcomeIndicators <em>Outcome Indicators</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.Evaluation#getStatusChanges <em>Status Changes</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation()
 * @model abstract="true"
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework edition evaluated against, as 'frameworkId/edition', for example 'sip-qm/1'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Framework</em>' attribute.
	 * @see #setFramework(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Framework()
	 * @model
	 * @generated
	 */
	String getFramework();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getFramework <em>Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framework</em>' attribute.
	 * @see #getFramework()
	 * @generated
	 */
	void setFramework(String value);

	/**
	 * Returns the value of the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The academic year, written '2007/08'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Academic Year</em>' attribute.
	 * @see #setAcademicYear(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_AcademicYear()
	 * @model required="true"
	 * @generated
	 */
	String getAcademicYear();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getAcademicYear <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Academic Year</em>' attribute.
	 * @see #getAcademicYear()
	 * @generated
	 */
	void setAcademicYear(String value);

	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.organisation.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see org.sipqm.model.organisation.Term
	 * @see #setTerm(Term)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Term()
	 * @model
	 * @generated
	 */
	Term getTerm();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see org.sipqm.model.organisation.Term
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(Term value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Date()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.EvaluationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #setStatus(EvaluationStatus)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Status()
	 * @model
	 * @generated
	 */
	EvaluationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvaluationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EvaluationStatus value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Author()
	 * @model
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Local Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Authority</em>' reference.
	 * @see #setLocalAuthority(LocalAuthority)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_LocalAuthority()
	 * @model
	 * @generated
	 */
	LocalAuthority getLocalAuthority();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getLocalAuthority <em>Local Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Authority</em>' reference.
	 * @see #getLocalAuthority()
	 * @generated
	 */
	void setLocalAuthority(LocalAuthority value);

	/**
	 * Returns the value of the '<em><b>Judgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.Judgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Judgements</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Judgements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Judgement> getJudgements();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.EvidenceItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceItem> getEvidence();

	/**
	 * Returns the value of the '<em><b>Note Of Visit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note Of Visit</em>' containment reference.
	 * @see #setNoteOfVisit(NoteOfVisit)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_NoteOfVisit()
	 * @model containment="true"
	 * @generated
	 */
	NoteOfVisit getNoteOfVisit();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.Evaluation#getNoteOfVisit <em>Note Of Visit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Of Visit</em>' containment reference.
	 * @see #getNoteOfVisit()
	 * @generated
	 */
	void setNoteOfVisit(NoteOfVisit value);

	/**
	 * Returns the value of the '<em><b>Outcome Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.OutcomeIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Indicators</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_OutcomeIndicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeIndicator> getOutcomeIndicators();

	/**
	 * Returns the value of the '<em><b>Status Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sipqm.model.evaluation.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Changes</em>' containment reference list.
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvaluation_StatusChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusChanges();

} // Evaluation
