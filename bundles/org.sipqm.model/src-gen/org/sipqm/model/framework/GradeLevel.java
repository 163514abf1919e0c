/**
 */
package org.sipqm.model.framework;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grade Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One column of the four-column scale, with the evidence of impact a judgement at this column needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.GradeLevel#getColumn <em>Column</em>}</li>
 *   <li>{@link org.sipqm.model.framework.GradeLevel#getLabel <em>Label</em>}</li>
 *   <li>{@link org.sipqm.model.framework.GradeLevel#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequired <em>Evidence Required</em>}</li>
 *   <li>{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequirement <em>Evidence Requirement</em>}</li>
 * </ul>
 *
 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel()
 * @model
 * @generated
 */
public interface GradeLevel extends EObject {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel_Column()
	 * @model required="true"
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.GradeLevel#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.GradeLevel#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vocabulary</em>' attribute.
	 * @see #setVocabulary(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel_Vocabulary()
	 * @model
	 * @generated
	 */
	String getVocabulary();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.GradeLevel#getVocabulary <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary</em>' attribute.
	 * @see #getVocabulary()
	 * @generated
	 */
	void setVocabulary(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Required</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sipqm.model.framework.ImpactEvidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Required</em>' attribute.
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @see #setEvidenceRequired(ImpactEvidence)
	 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel_EvidenceRequired()
	 * @model
	 * @generated
	 */
	ImpactEvidence getEvidenceRequired();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequired <em>Evidence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Required</em>' attribute.
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @see #getEvidenceRequired()
	 * @generated
	 */
	void setEvidenceRequired(ImpactEvidence value);

	/**
	 * Returns the value of the '<em><b>Evidence Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Requirement</em>' attribute.
	 * @see #setEvidenceRequirement(String)
	 * @see org.sipqm.model.framework.FrameworkPackage#getGradeLevel_EvidenceRequirement()
	 * @model
	 * @generated
	 */
	String getEvidenceRequirement();

	/**
	 * Sets the value of the '{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequirement <em>Evidence Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Requirement</em>' attribute.
	 * @see #getEvidenceRequirement()
	 * @generated
	 */
	void setEvidenceRequirement(String value);

} // GradeLevel
