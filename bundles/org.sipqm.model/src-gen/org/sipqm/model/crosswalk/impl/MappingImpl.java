/**
 */
package org.sipqm.model.crosswalk.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.crosswalk.CrosswalkPackage;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getLocalCriterion <em>Local Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getNationalCriterion <em>National Criterion</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.MappingImpl#getReviewedOn <em>Reviewed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MappingImpl extends MinimalEObjectImpl.Container implements Mapping {
	/**
	 * The default value of the '{@link #getLocalCriterion() <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalCriterion() <em>Local Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCriterion()
	 * @generated
	 * @ordered
	 */
	protected String localCriterion = LOCAL_CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNationalCriterion() <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONAL_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationalCriterion() <em>National Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCriterion()
	 * @generated
	 * @ordered
	 */
	protected String nationalCriterion = NATIONAL_CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final Relationship RELATIONSHIP_EDEFAULT = Relationship.EQUIVALENT;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected Relationship relationship = RELATIONSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected static final Strength STRENGTH_EDEFAULT = Strength.WEAK;

	/**
	 * The cached value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected Strength strength = STRENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalCriterion() {
		return localCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalCriterion(String newLocalCriterion) {
		String oldLocalCriterion = localCriterion;
		localCriterion = newLocalCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__LOCAL_CRITERION, oldLocalCriterion, localCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationalCriterion() {
		return nationalCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationalCriterion(String newNationalCriterion) {
		String oldNationalCriterion = nationalCriterion;
		nationalCriterion = newNationalCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__NATIONAL_CRITERION, oldNationalCriterion, nationalCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(Relationship newRelationship) {
		Relationship oldRelationship = relationship;
		relationship = newRelationship == null ? RELATIONSHIP_EDEFAULT : newRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__RELATIONSHIP, oldRelationship, relationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strength getStrength() {
		return strength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrength(Strength newStrength) {
		Strength oldStrength = strength;
		strength = newStrength == null ? STRENGTH_EDEFAULT : newStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__STRENGTH, oldStrength, strength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(LocalDate newReviewedOn) {
		LocalDate oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.MAPPING__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.MAPPING__LOCAL_CRITERION:
				return getLocalCriterion();
			case CrosswalkPackage.MAPPING__NATIONAL_CRITERION:
				return getNationalCriterion();
			case CrosswalkPackage.MAPPING__RELATIONSHIP:
				return getRelationship();
			case CrosswalkPackage.MAPPING__STRENGTH:
				return getStrength();
			case CrosswalkPackage.MAPPING__RATIONALE:
				return getRationale();
			case CrosswalkPackage.MAPPING__REVIEWER:
				return getReviewer();
			case CrosswalkPackage.MAPPING__REVIEWED_ON:
				return getReviewedOn();
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
			case CrosswalkPackage.MAPPING__LOCAL_CRITERION:
				setLocalCriterion((String)newValue);
				return;
			case CrosswalkPackage.MAPPING__NATIONAL_CRITERION:
				setNationalCriterion((String)newValue);
				return;
			case CrosswalkPackage.MAPPING__RELATIONSHIP:
				setRelationship((Relationship)newValue);
				return;
			case CrosswalkPackage.MAPPING__STRENGTH:
				setStrength((Strength)newValue);
				return;
			case CrosswalkPackage.MAPPING__RATIONALE:
				setRationale((String)newValue);
				return;
			case CrosswalkPackage.MAPPING__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CrosswalkPackage.MAPPING__REVIEWED_ON:
				setReviewedOn((LocalDate)newValue);
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
			case CrosswalkPackage.MAPPING__LOCAL_CRITERION:
				setLocalCriterion(LOCAL_CRITERION_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__NATIONAL_CRITERION:
				setNationalCriterion(NATIONAL_CRITERION_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__RELATIONSHIP:
				setRelationship(RELATIONSHIP_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__STRENGTH:
				setStrength(STRENGTH_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CrosswalkPackage.MAPPING__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
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
			case CrosswalkPackage.MAPPING__LOCAL_CRITERION:
				return LOCAL_CRITERION_EDEFAULT == null ? localCriterion != null : !LOCAL_CRITERION_EDEFAULT.equals(localCriterion);
			case CrosswalkPackage.MAPPING__NATIONAL_CRITERION:
				return NATIONAL_CRITERION_EDEFAULT == null ? nationalCriterion != null : !NATIONAL_CRITERION_EDEFAULT.equals(nationalCriterion);
			case CrosswalkPackage.MAPPING__RELATIONSHIP:
				return relationship != RELATIONSHIP_EDEFAULT;
			case CrosswalkPackage.MAPPING__STRENGTH:
				return strength != STRENGTH_EDEFAULT;
			case CrosswalkPackage.MAPPING__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CrosswalkPackage.MAPPING__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CrosswalkPackage.MAPPING__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
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
		result.append(" (localCriterion: ");
		result.append(localCriterion);
		result.append(", nationalCriterion: ");
		result.append(nationalCriterion);
		result.append(", relationship: ");
		result.append(relationship);
		result.append(", strength: ");
		result.append(strength);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewedOn: ");
		result.append(reviewedOn);
		result.append(')');
		return result.toString();
	}

} //MappingImpl
