/**
 */
package org.sipqm.model.evaluation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.IndicatorKind;
import org.sipqm.model.evaluation.OutcomeIndicator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl#getPupilGroup <em>Pupil Group</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.OutcomeIndicatorImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeIndicatorImpl extends MinimalEObjectImpl.Container implements OutcomeIndicator {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorKind KIND_EDEFAULT = IndicatorKind.OFSTED_LEADERSHIP_AND_MANAGEMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IndicatorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected static final String ACADEMIC_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected String academicYear = ACADEMIC_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPupilGroup() <em>Pupil Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPupilGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String PUPIL_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPupilGroup() <em>Pupil Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPupilGroup()
	 * @generated
	 * @ordered
	 */
	protected String pupilGroup = PUPIL_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomeIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.OUTCOME_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IndicatorKind newKind) {
		IndicatorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.OUTCOME_INDICATOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcademicYear() {
		return academicYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcademicYear(String newAcademicYear) {
		String oldAcademicYear = academicYear;
		academicYear = newAcademicYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.OUTCOME_INDICATOR__ACADEMIC_YEAR, oldAcademicYear, academicYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPupilGroup() {
		return pupilGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPupilGroup(String newPupilGroup) {
		String oldPupilGroup = pupilGroup;
		pupilGroup = newPupilGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.OUTCOME_INDICATOR__PUPIL_GROUP, oldPupilGroup, pupilGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.OUTCOME_INDICATOR__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.OUTCOME_INDICATOR__KIND:
				return getKind();
			case EvaluationPackage.OUTCOME_INDICATOR__ACADEMIC_YEAR:
				return getAcademicYear();
			case EvaluationPackage.OUTCOME_INDICATOR__PUPIL_GROUP:
				return getPupilGroup();
			case EvaluationPackage.OUTCOME_INDICATOR__VALUE:
				return getValue();
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
			case EvaluationPackage.OUTCOME_INDICATOR__KIND:
				setKind((IndicatorKind)newValue);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__ACADEMIC_YEAR:
				setAcademicYear((String)newValue);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__PUPIL_GROUP:
				setPupilGroup((String)newValue);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__VALUE:
				setValue((String)newValue);
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
			case EvaluationPackage.OUTCOME_INDICATOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__ACADEMIC_YEAR:
				setAcademicYear(ACADEMIC_YEAR_EDEFAULT);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__PUPIL_GROUP:
				setPupilGroup(PUPIL_GROUP_EDEFAULT);
				return;
			case EvaluationPackage.OUTCOME_INDICATOR__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case EvaluationPackage.OUTCOME_INDICATOR__KIND:
				return kind != KIND_EDEFAULT;
			case EvaluationPackage.OUTCOME_INDICATOR__ACADEMIC_YEAR:
				return ACADEMIC_YEAR_EDEFAULT == null ? academicYear != null : !ACADEMIC_YEAR_EDEFAULT.equals(academicYear);
			case EvaluationPackage.OUTCOME_INDICATOR__PUPIL_GROUP:
				return PUPIL_GROUP_EDEFAULT == null ? pupilGroup != null : !PUPIL_GROUP_EDEFAULT.equals(pupilGroup);
			case EvaluationPackage.OUTCOME_INDICATOR__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", academicYear: ");
		result.append(academicYear);
		result.append(", pupilGroup: ");
		result.append(pupilGroup);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //OutcomeIndicatorImpl
