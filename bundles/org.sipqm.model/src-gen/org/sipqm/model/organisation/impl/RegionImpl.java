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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.OrganisationPackage;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getSeniorRegionalDirector <em>Senior Regional Director</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getCoordinators <em>Coordinators</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.RegionImpl#getLocalAuthorities <em>Local Authorities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionImpl extends MinimalEObjectImpl.Container implements Region {
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
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getSeniorRegionalDirector() <em>Senior Regional Director</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeniorRegionalDirector()
	 * @generated
	 * @ordered
	 */
	protected Person seniorRegionalDirector;

	/**
	 * The cached value of the '{@link #getCoordinators() <em>Coordinators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinators()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> coordinators;

	/**
	 * The cached value of the '{@link #getLocalAuthorities() <em>Local Authorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAuthorities()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalAuthority> localAuthorities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrganisationPackage.Literals.REGION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.REGION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.REGION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, OrganisationPackage.REGION__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSeniorRegionalDirector() {
		if (seniorRegionalDirector != null && seniorRegionalDirector.eIsProxy()) {
			InternalEObject oldSeniorRegionalDirector = (InternalEObject)seniorRegionalDirector;
			seniorRegionalDirector = (Person)eResolveProxy(oldSeniorRegionalDirector);
			if (seniorRegionalDirector != oldSeniorRegionalDirector) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR, oldSeniorRegionalDirector, seniorRegionalDirector));
			}
		}
		return seniorRegionalDirector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSeniorRegionalDirector() {
		return seniorRegionalDirector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeniorRegionalDirector(Person newSeniorRegionalDirector) {
		Person oldSeniorRegionalDirector = seniorRegionalDirector;
		seniorRegionalDirector = newSeniorRegionalDirector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR, oldSeniorRegionalDirector, seniorRegionalDirector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getCoordinators() {
		if (coordinators == null) {
			coordinators = new EObjectResolvingEList<Person>(Person.class, this, OrganisationPackage.REGION__COORDINATORS);
		}
		return coordinators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalAuthority> getLocalAuthorities() {
		if (localAuthorities == null) {
			localAuthorities = new EObjectContainmentEList<LocalAuthority>(LocalAuthority.class, this, OrganisationPackage.REGION__LOCAL_AUTHORITIES);
		}
		return localAuthorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrganisationPackage.REGION__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case OrganisationPackage.REGION__LOCAL_AUTHORITIES:
				return ((InternalEList<?>)getLocalAuthorities()).basicRemove(otherEnd, msgs);
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
			case OrganisationPackage.REGION__ID:
				return getId();
			case OrganisationPackage.REGION__NAME:
				return getName();
			case OrganisationPackage.REGION__PEOPLE:
				return getPeople();
			case OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR:
				if (resolve) return getSeniorRegionalDirector();
				return basicGetSeniorRegionalDirector();
			case OrganisationPackage.REGION__COORDINATORS:
				return getCoordinators();
			case OrganisationPackage.REGION__LOCAL_AUTHORITIES:
				return getLocalAuthorities();
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
			case OrganisationPackage.REGION__ID:
				setId((String)newValue);
				return;
			case OrganisationPackage.REGION__NAME:
				setName((String)newValue);
				return;
			case OrganisationPackage.REGION__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR:
				setSeniorRegionalDirector((Person)newValue);
				return;
			case OrganisationPackage.REGION__COORDINATORS:
				getCoordinators().clear();
				getCoordinators().addAll((Collection<? extends Person>)newValue);
				return;
			case OrganisationPackage.REGION__LOCAL_AUTHORITIES:
				getLocalAuthorities().clear();
				getLocalAuthorities().addAll((Collection<? extends LocalAuthority>)newValue);
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
			case OrganisationPackage.REGION__ID:
				setId(ID_EDEFAULT);
				return;
			case OrganisationPackage.REGION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrganisationPackage.REGION__PEOPLE:
				getPeople().clear();
				return;
			case OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR:
				setSeniorRegionalDirector((Person)null);
				return;
			case OrganisationPackage.REGION__COORDINATORS:
				getCoordinators().clear();
				return;
			case OrganisationPackage.REGION__LOCAL_AUTHORITIES:
				getLocalAuthorities().clear();
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
			case OrganisationPackage.REGION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrganisationPackage.REGION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrganisationPackage.REGION__PEOPLE:
				return people != null && !people.isEmpty();
			case OrganisationPackage.REGION__SENIOR_REGIONAL_DIRECTOR:
				return seniorRegionalDirector != null;
			case OrganisationPackage.REGION__COORDINATORS:
				return coordinators != null && !coordinators.isEmpty();
			case OrganisationPackage.REGION__LOCAL_AUTHORITIES:
				return localAuthorities != null && !localAuthorities.isEmpty();
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
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //RegionImpl
