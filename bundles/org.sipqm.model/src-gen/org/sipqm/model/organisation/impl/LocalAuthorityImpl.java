/**
 */
package org.sipqm.model.organisation.impl;

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

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.OrganisationPackage;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.model.organisation.SupportAssignment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Local Authority</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getSipManager <em>Sip Manager</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getSupportLevels <em>Support Levels</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl#getSchools <em>Schools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalAuthorityImpl extends MinimalEObjectImpl.Container implements LocalAuthority {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The cached value of the '{@link #getSipManager() <em>Sip Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipManager()
	 * @generated
	 * @ordered
	 */
	protected Person sipManager;

	/**
	 * The cached value of the '{@link #getSupportLevels() <em>Support Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<SupportAssignment> supportLevels;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<SchoolImprovementPartner> partners;

	/**
	 * The cached value of the '{@link #getSchools() <em>Schools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchools()
	 * @generated
	 * @ordered
	 */
	protected EList<School> schools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalAuthorityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrganisationPackage.Literals.LOCAL_AUTHORITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.LOCAL_AUTHORITY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.LOCAL_AUTHORITY__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.LOCAL_AUTHORITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSipManager() {
		if (sipManager != null && sipManager.eIsProxy()) {
			InternalEObject oldSipManager = (InternalEObject)sipManager;
			sipManager = (Person)eResolveProxy(oldSipManager);
			if (sipManager != oldSipManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER, oldSipManager, sipManager));
			}
		}
		return sipManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSipManager() {
		return sipManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipManager(Person newSipManager) {
		Person oldSipManager = sipManager;
		sipManager = newSipManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER, oldSipManager, sipManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupportAssignment> getSupportLevels() {
		if (supportLevels == null) {
			supportLevels = new EObjectContainmentEList<SupportAssignment>(SupportAssignment.class, this, OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS);
		}
		return supportLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SchoolImprovementPartner> getPartners() {
		if (partners == null) {
			partners = new EObjectContainmentEList<SchoolImprovementPartner>(SchoolImprovementPartner.class, this, OrganisationPackage.LOCAL_AUTHORITY__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<School> getSchools() {
		if (schools == null) {
			schools = new EObjectContainmentEList<School>(School.class, this, OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS);
		}
		return schools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS:
				return ((InternalEList<?>)getSupportLevels()).basicRemove(otherEnd, msgs);
			case OrganisationPackage.LOCAL_AUTHORITY__PARTNERS:
				return ((InternalEList<?>)getPartners()).basicRemove(otherEnd, msgs);
			case OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS:
				return ((InternalEList<?>)getSchools()).basicRemove(otherEnd, msgs);
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
			case OrganisationPackage.LOCAL_AUTHORITY__ID:
				return getId();
			case OrganisationPackage.LOCAL_AUTHORITY__CODE:
				return getCode();
			case OrganisationPackage.LOCAL_AUTHORITY__NAME:
				return getName();
			case OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER:
				if (resolve) return getSipManager();
				return basicGetSipManager();
			case OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS:
				return getSupportLevels();
			case OrganisationPackage.LOCAL_AUTHORITY__PARTNERS:
				return getPartners();
			case OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS:
				return getSchools();
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
			case OrganisationPackage.LOCAL_AUTHORITY__ID:
				setId((String)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__CODE:
				setCode((String)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__NAME:
				setName((String)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER:
				setSipManager((Person)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS:
				getSupportLevels().clear();
				getSupportLevels().addAll((Collection<? extends SupportAssignment>)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends SchoolImprovementPartner>)newValue);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS:
				getSchools().clear();
				getSchools().addAll((Collection<? extends School>)newValue);
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
			case OrganisationPackage.LOCAL_AUTHORITY__ID:
				setId(ID_EDEFAULT);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER:
				setSipManager((Person)null);
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS:
				getSupportLevels().clear();
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__PARTNERS:
				getPartners().clear();
				return;
			case OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS:
				getSchools().clear();
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
			case OrganisationPackage.LOCAL_AUTHORITY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrganisationPackage.LOCAL_AUTHORITY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case OrganisationPackage.LOCAL_AUTHORITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrganisationPackage.LOCAL_AUTHORITY__SIP_MANAGER:
				return sipManager != null;
			case OrganisationPackage.LOCAL_AUTHORITY__SUPPORT_LEVELS:
				return supportLevels != null && !supportLevels.isEmpty();
			case OrganisationPackage.LOCAL_AUTHORITY__PARTNERS:
				return partners != null && !partners.isEmpty();
			case OrganisationPackage.LOCAL_AUTHORITY__SCHOOLS:
				return schools != null && !schools.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //LocalAuthorityImpl
