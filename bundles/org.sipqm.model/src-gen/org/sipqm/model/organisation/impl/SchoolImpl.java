/**
 */
package org.sipqm.model.organisation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.organisation.OrganisationPackage;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>School</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getUrn <em>Urn</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getHeadteacher <em>Headteacher</em>}</li>
 *   <li>{@link org.sipqm.model.organisation.impl.SchoolImpl#getPartner <em>Partner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchoolImpl extends MinimalEObjectImpl.Container implements School {
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
	 * The default value of the '{@link #getUrn() <em>Urn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrn()
	 * @generated
	 * @ordered
	 */
	protected static final String URN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrn() <em>Urn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrn()
	 * @generated
	 * @ordered
	 */
	protected String urn = URN_EDEFAULT;

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
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Phase PHASE_EDEFAULT = Phase.PRIMARY;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase = PHASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHeadteacher() <em>Headteacher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadteacher()
	 * @generated
	 * @ordered
	 */
	protected Person headteacher;

	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected SchoolImprovementPartner partner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrganisationPackage.Literals.SCHOOL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrn() {
		return urn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrn(String newUrn) {
		String oldUrn = urn;
		urn = newUrn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__URN, oldUrn, urn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getHeadteacher() {
		if (headteacher != null && headteacher.eIsProxy()) {
			InternalEObject oldHeadteacher = (InternalEObject)headteacher;
			headteacher = (Person)eResolveProxy(oldHeadteacher);
			if (headteacher != oldHeadteacher) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrganisationPackage.SCHOOL__HEADTEACHER, oldHeadteacher, headteacher));
			}
		}
		return headteacher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetHeadteacher() {
		return headteacher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadteacher(Person newHeadteacher) {
		Person oldHeadteacher = headteacher;
		headteacher = newHeadteacher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__HEADTEACHER, oldHeadteacher, headteacher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolImprovementPartner getPartner() {
		if (partner != null && partner.eIsProxy()) {
			InternalEObject oldPartner = (InternalEObject)partner;
			partner = (SchoolImprovementPartner)eResolveProxy(oldPartner);
			if (partner != oldPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrganisationPackage.SCHOOL__PARTNER, oldPartner, partner));
			}
		}
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchoolImprovementPartner basicGetPartner() {
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(SchoolImprovementPartner newPartner) {
		SchoolImprovementPartner oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.SCHOOL__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrganisationPackage.SCHOOL__ID:
				return getId();
			case OrganisationPackage.SCHOOL__URN:
				return getUrn();
			case OrganisationPackage.SCHOOL__NAME:
				return getName();
			case OrganisationPackage.SCHOOL__PHASE:
				return getPhase();
			case OrganisationPackage.SCHOOL__HEADTEACHER:
				if (resolve) return getHeadteacher();
				return basicGetHeadteacher();
			case OrganisationPackage.SCHOOL__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
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
			case OrganisationPackage.SCHOOL__ID:
				setId((String)newValue);
				return;
			case OrganisationPackage.SCHOOL__URN:
				setUrn((String)newValue);
				return;
			case OrganisationPackage.SCHOOL__NAME:
				setName((String)newValue);
				return;
			case OrganisationPackage.SCHOOL__PHASE:
				setPhase((Phase)newValue);
				return;
			case OrganisationPackage.SCHOOL__HEADTEACHER:
				setHeadteacher((Person)newValue);
				return;
			case OrganisationPackage.SCHOOL__PARTNER:
				setPartner((SchoolImprovementPartner)newValue);
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
			case OrganisationPackage.SCHOOL__ID:
				setId(ID_EDEFAULT);
				return;
			case OrganisationPackage.SCHOOL__URN:
				setUrn(URN_EDEFAULT);
				return;
			case OrganisationPackage.SCHOOL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrganisationPackage.SCHOOL__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case OrganisationPackage.SCHOOL__HEADTEACHER:
				setHeadteacher((Person)null);
				return;
			case OrganisationPackage.SCHOOL__PARTNER:
				setPartner((SchoolImprovementPartner)null);
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
			case OrganisationPackage.SCHOOL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrganisationPackage.SCHOOL__URN:
				return URN_EDEFAULT == null ? urn != null : !URN_EDEFAULT.equals(urn);
			case OrganisationPackage.SCHOOL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrganisationPackage.SCHOOL__PHASE:
				return phase != PHASE_EDEFAULT;
			case OrganisationPackage.SCHOOL__HEADTEACHER:
				return headteacher != null;
			case OrganisationPackage.SCHOOL__PARTNER:
				return partner != null;
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
		result.append(", urn: ");
		result.append(urn);
		result.append(", name: ");
		result.append(name);
		result.append(", phase: ");
		result.append(phase);
		result.append(')');
		return result.toString();
	}

} //SchoolImpl
