/**
 */
package org.sipqm.model.evaluation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import org.sipqm.model.framework.ImpactEvidence;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getSource <em>Source</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getAttachment <em>Attachment</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.EvidenceItem#isConcernsIndividual <em>Concerns Individual</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem()
 * @model
 * @generated
 */
public interface EvidenceItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.evaluation.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sipqm.model.evaluation.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Date()
	 * @model dataType="org.sipqm.model.evaluation.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the attached file, relative to the workspace folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment</em>' attribute.
	 * @see #setAttachment(String)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Attachment()
	 * @model
	 * @generated
	 */
	String getAttachment();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getAttachment <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment</em>' attribute.
	 * @see #getAttachment()
	 * @generated
	 */
	void setAttachment(String value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.ImpactEvidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence of impact the item shows: none (activity only), emerging or substantial.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @see #setImpact(ImpactEvidence)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_Impact()
	 * @model
	 * @generated
	 */
	ImpactEvidence getImpact();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(ImpactEvidence value);

	/**
	 * Returns the value of the '<em><b>Concerns Individual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the item concerns an individual's performance, which keeps it out of anything shared with stakeholders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns Individual</em>' attribute.
	 * @see #setConcernsIndividual(boolean)
	 * @see org.sipqm.model.evaluation.EvaluationPackage#getEvidenceItem_ConcernsIndividual()
	 * @model
	 * @generated
	 */
	boolean isConcernsIndividual();

	/**
	 * Sets the value of the '{@link org.sipqm.model.evaluation.EvidenceItem#isConcernsIndividual <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concerns Individual</em>' attribute.
	 * @see #isConcernsIndividual()
	 * @generated
	 */
	void setConcernsIndividual(boolean value);

} // EvidenceItem
