/**
 */
package org.sipqm.model.crosswalk.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.CrosswalkPackage;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Rejection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crosswalk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl#getSourceEdition <em>Source Edition</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl#getTargetEdition <em>Target Edition</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl#getRejections <em>Rejections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrosswalkImpl extends MinimalEObjectImpl.Container implements Crosswalk {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceEdition() <em>Source Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceEdition() <em>Source Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceEdition()
	 * @generated
	 * @ordered
	 */
	protected String sourceEdition = SOURCE_EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetEdition() <em>Target Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetEdition() <em>Target Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEdition()
	 * @generated
	 * @ordered
	 */
	protected String targetEdition = TARGET_EDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<Mapping> mappings;

	/**
	 * The cached value of the '{@link #getRejections() <em>Rejections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejections()
	 * @generated
	 * @ordered
	 */
	protected EList<Rejection> rejections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrosswalkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrosswalkPackage.Literals.CROSSWALK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceEdition() {
		return sourceEdition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceEdition(String newSourceEdition) {
		String oldSourceEdition = sourceEdition;
		sourceEdition = newSourceEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__SOURCE_EDITION, oldSourceEdition, sourceEdition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetEdition() {
		return targetEdition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetEdition(String newTargetEdition) {
		String oldTargetEdition = targetEdition;
		targetEdition = newTargetEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrosswalkPackage.CROSSWALK__TARGET_EDITION, oldTargetEdition, targetEdition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<Mapping>(Mapping.class, this, CrosswalkPackage.CROSSWALK__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rejection> getRejections() {
		if (rejections == null) {
			rejections = new EObjectContainmentEList<Rejection>(Rejection.class, this, CrosswalkPackage.CROSSWALK__REJECTIONS);
		}
		return rejections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrosswalkPackage.CROSSWALK__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
			case CrosswalkPackage.CROSSWALK__REJECTIONS:
				return ((InternalEList<?>)getRejections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrosswalkPackage.CROSSWALK__NAME:
				return getName();
			case CrosswalkPackage.CROSSWALK__SOURCE_EDITION:
				return getSourceEdition();
			case CrosswalkPackage.CROSSWALK__TARGET_EDITION:
				return getTargetEdition();
			case CrosswalkPackage.CROSSWALK__MAPPINGS:
				return getMappings();
			case CrosswalkPackage.CROSSWALK__REJECTIONS:
				return getRejections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrosswalkPackage.CROSSWALK__NAME:
				setName((String)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__SOURCE_EDITION:
				setSourceEdition((String)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__TARGET_EDITION:
				setTargetEdition((String)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends Mapping>)newValue);
				return;
			case CrosswalkPackage.CROSSWALK__REJECTIONS:
				getRejections().clear();
				getRejections().addAll((Collection<? extends Rejection>)newValue);
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
			case CrosswalkPackage.CROSSWALK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CrosswalkPackage.CROSSWALK__SOURCE_EDITION:
				setSourceEdition(SOURCE_EDITION_EDEFAULT);
				return;
			case CrosswalkPackage.CROSSWALK__TARGET_EDITION:
				setTargetEdition(TARGET_EDITION_EDEFAULT);
				return;
			case CrosswalkPackage.CROSSWALK__MAPPINGS:
				getMappings().clear();
				return;
			case CrosswalkPackage.CROSSWALK__REJECTIONS:
				getRejections().clear();
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
			case CrosswalkPackage.CROSSWALK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CrosswalkPackage.CROSSWALK__SOURCE_EDITION:
				return SOURCE_EDITION_EDEFAULT == null ? sourceEdition != null : !SOURCE_EDITION_EDEFAULT.equals(sourceEdition);
			case CrosswalkPackage.CROSSWALK__TARGET_EDITION:
				return TARGET_EDITION_EDEFAULT == null ? targetEdition != null : !TARGET_EDITION_EDEFAULT.equals(targetEdition);
			case CrosswalkPackage.CROSSWALK__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case CrosswalkPackage.CROSSWALK__REJECTIONS:
				return rejections != null && !rejections.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", sourceEdition: ");
		result.append(sourceEdition);
		result.append(", targetEdition: ");
		result.append(targetEdition);
		result.append(')');
		return result.toString();
	}

} //CrosswalkImpl
