/**
 */
package org.sipqm.model.framework.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.ImpactEvidence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Grade Level</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.impl.GradeLevelImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.GradeLevelImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.GradeLevelImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.GradeLevelImpl#getEvidenceRequired <em>Evidence Required</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.GradeLevelImpl#getEvidenceRequirement <em>Evidence Requirement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GradeLevelImpl extends MinimalEObjectImpl.Container implements GradeLevel {
	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected int column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected static final String VOCABULARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected String vocabulary = VOCABULARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceRequired() <em>Evidence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceRequired()
	 * @generated
	 * @ordered
	 */
	protected static final ImpactEvidence EVIDENCE_REQUIRED_EDEFAULT = ImpactEvidence.NONE;

	/**
	 * The cached value of the '{@link #getEvidenceRequired() <em>Evidence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceRequired()
	 * @generated
	 * @ordered
	 */
	protected ImpactEvidence evidenceRequired = EVIDENCE_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceRequirement() <em>Evidence Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_REQUIREMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceRequirement() <em>Evidence Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceRequirement()
	 * @generated
	 * @ordered
	 */
	protected String evidenceRequirement = EVIDENCE_REQUIREMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GradeLevelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.GRADE_LEVEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(int newColumn) {
		int oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.GRADE_LEVEL__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.GRADE_LEVEL__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVocabulary() {
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabulary(String newVocabulary) {
		String oldVocabulary = vocabulary;
		vocabulary = newVocabulary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.GRADE_LEVEL__VOCABULARY, oldVocabulary, vocabulary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactEvidence getEvidenceRequired() {
		return evidenceRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceRequired(ImpactEvidence newEvidenceRequired) {
		ImpactEvidence oldEvidenceRequired = evidenceRequired;
		evidenceRequired = newEvidenceRequired == null ? EVIDENCE_REQUIRED_EDEFAULT : newEvidenceRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIRED, oldEvidenceRequired, evidenceRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceRequirement() {
		return evidenceRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceRequirement(String newEvidenceRequirement) {
		String oldEvidenceRequirement = evidenceRequirement;
		evidenceRequirement = newEvidenceRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIREMENT, oldEvidenceRequirement, evidenceRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.GRADE_LEVEL__COLUMN:
				return getColumn();
			case FrameworkPackage.GRADE_LEVEL__LABEL:
				return getLabel();
			case FrameworkPackage.GRADE_LEVEL__VOCABULARY:
				return getVocabulary();
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIRED:
				return getEvidenceRequired();
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIREMENT:
				return getEvidenceRequirement();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.GRADE_LEVEL__COLUMN:
				setColumn((Integer)newValue);
				return;
			case FrameworkPackage.GRADE_LEVEL__LABEL:
				setLabel((String)newValue);
				return;
			case FrameworkPackage.GRADE_LEVEL__VOCABULARY:
				setVocabulary((String)newValue);
				return;
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIRED:
				setEvidenceRequired((ImpactEvidence)newValue);
				return;
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIREMENT:
				setEvidenceRequirement((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FrameworkPackage.GRADE_LEVEL__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case FrameworkPackage.GRADE_LEVEL__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case FrameworkPackage.GRADE_LEVEL__VOCABULARY:
				setVocabulary(VOCABULARY_EDEFAULT);
				return;
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIRED:
				setEvidenceRequired(EVIDENCE_REQUIRED_EDEFAULT);
				return;
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIREMENT:
				setEvidenceRequirement(EVIDENCE_REQUIREMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FrameworkPackage.GRADE_LEVEL__COLUMN:
				return column != COLUMN_EDEFAULT;
			case FrameworkPackage.GRADE_LEVEL__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case FrameworkPackage.GRADE_LEVEL__VOCABULARY:
				return VOCABULARY_EDEFAULT == null ? vocabulary != null : !VOCABULARY_EDEFAULT.equals(vocabulary);
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIRED:
				return evidenceRequired != EVIDENCE_REQUIRED_EDEFAULT;
			case FrameworkPackage.GRADE_LEVEL__EVIDENCE_REQUIREMENT:
				return EVIDENCE_REQUIREMENT_EDEFAULT == null ? evidenceRequirement != null : !EVIDENCE_REQUIREMENT_EDEFAULT.equals(evidenceRequirement);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (column: ");
		result.append(column);
		result.append(", label: ");
		result.append(label);
		result.append(", vocabulary: ");
		result.append(vocabulary);
		result.append(", evidenceRequired: ");
		result.append(evidenceRequired);
		result.append(", evidenceRequirement: ");
		result.append(evidenceRequirement);
		result.append(')');
		return result.toString();
	}

} //GradeLevelImpl
