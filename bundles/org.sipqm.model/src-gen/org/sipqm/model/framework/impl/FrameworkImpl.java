/**
 */
package org.sipqm.model.framework.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.framework.GradeScale;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.SupportLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getDateOfIssue <em>Date Of Issue</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getGradeScale <em>Grade Scale</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getSupportLevels <em>Support Levels</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.FrameworkImpl#getSchedules <em>Schedules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameworkImpl extends MinimalEObjectImpl.Container implements Framework {
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
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected String edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfIssue() <em>Date Of Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfIssue()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_OF_ISSUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfIssue() <em>Date Of Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfIssue()
	 * @generated
	 * @ordered
	 */
	protected String dateOfIssue = DATE_OF_ISSUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = "national";

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPurposes() <em>Purposes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> purposes;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<String> principles;

	/**
	 * The cached value of the '{@link #getGradeScale() <em>Grade Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradeScale()
	 * @generated
	 * @ordered
	 */
	protected GradeScale gradeScale;

	/**
	 * The cached value of the '{@link #getSupportLevels() <em>Support Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<SupportLevel> supportLevels;

	/**
	 * The cached value of the '{@link #getSchedules() <em>Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<Schedule> schedules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.FRAMEWORK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(String newEdition) {
		String oldEdition = edition;
		edition = newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateOfIssue() {
		return dateOfIssue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfIssue(String newDateOfIssue) {
		String oldDateOfIssue = dateOfIssue;
		dateOfIssue = newDateOfIssue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__DATE_OF_ISSUE, oldDateOfIssue, dateOfIssue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPurposes() {
		if (purposes == null) {
			purposes = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.FRAMEWORK__PURPOSES);
		}
		return purposes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrinciples() {
		if (principles == null) {
			principles = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.FRAMEWORK__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradeScale getGradeScale() {
		return gradeScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGradeScale(GradeScale newGradeScale, NotificationChain msgs) {
		GradeScale oldGradeScale = gradeScale;
		gradeScale = newGradeScale;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__GRADE_SCALE, oldGradeScale, newGradeScale);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradeScale(GradeScale newGradeScale) {
		if (newGradeScale != gradeScale) {
			NotificationChain msgs = null;
			if (gradeScale != null)
				msgs = ((InternalEObject)gradeScale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.FRAMEWORK__GRADE_SCALE, null, msgs);
			if (newGradeScale != null)
				msgs = ((InternalEObject)newGradeScale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.FRAMEWORK__GRADE_SCALE, null, msgs);
			msgs = basicSetGradeScale(newGradeScale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__GRADE_SCALE, newGradeScale, newGradeScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupportLevel> getSupportLevels() {
		if (supportLevels == null) {
			supportLevels = new EObjectContainmentEList<SupportLevel>(SupportLevel.class, this, FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS);
		}
		return supportLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Schedule> getSchedules() {
		if (schedules == null) {
			schedules = new EObjectContainmentEList<Schedule>(Schedule.class, this, FrameworkPackage.FRAMEWORK__SCHEDULES);
		}
		return schedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.FRAMEWORK__GRADE_SCALE:
				return basicSetGradeScale(null, msgs);
			case FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS:
				return ((InternalEList<?>)getSupportLevels()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__SCHEDULES:
				return ((InternalEList<?>)getSchedules()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.FRAMEWORK__ID:
				return getId();
			case FrameworkPackage.FRAMEWORK__NAME:
				return getName();
			case FrameworkPackage.FRAMEWORK__EDITION:
				return getEdition();
			case FrameworkPackage.FRAMEWORK__ISSUER:
				return getIssuer();
			case FrameworkPackage.FRAMEWORK__DATE_OF_ISSUE:
				return getDateOfIssue();
			case FrameworkPackage.FRAMEWORK__ORIGIN:
				return getOrigin();
			case FrameworkPackage.FRAMEWORK__PURPOSES:
				return getPurposes();
			case FrameworkPackage.FRAMEWORK__PRINCIPLES:
				return getPrinciples();
			case FrameworkPackage.FRAMEWORK__GRADE_SCALE:
				return getGradeScale();
			case FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS:
				return getSupportLevels();
			case FrameworkPackage.FRAMEWORK__SCHEDULES:
				return getSchedules();
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
			case FrameworkPackage.FRAMEWORK__ID:
				setId((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__NAME:
				setName((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__EDITION:
				setEdition((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__ISSUER:
				setIssuer((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__DATE_OF_ISSUE:
				setDateOfIssue((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__ORIGIN:
				setOrigin((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__PURPOSES:
				getPurposes().clear();
				getPurposes().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__GRADE_SCALE:
				setGradeScale((GradeScale)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS:
				getSupportLevels().clear();
				getSupportLevels().addAll((Collection<? extends SupportLevel>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__SCHEDULES:
				getSchedules().clear();
				getSchedules().addAll((Collection<? extends Schedule>)newValue);
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
			case FrameworkPackage.FRAMEWORK__ID:
				setId(ID_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__DATE_OF_ISSUE:
				setDateOfIssue(DATE_OF_ISSUE_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__PURPOSES:
				getPurposes().clear();
				return;
			case FrameworkPackage.FRAMEWORK__PRINCIPLES:
				getPrinciples().clear();
				return;
			case FrameworkPackage.FRAMEWORK__GRADE_SCALE:
				setGradeScale((GradeScale)null);
				return;
			case FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS:
				getSupportLevels().clear();
				return;
			case FrameworkPackage.FRAMEWORK__SCHEDULES:
				getSchedules().clear();
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
			case FrameworkPackage.FRAMEWORK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FrameworkPackage.FRAMEWORK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FrameworkPackage.FRAMEWORK__EDITION:
				return EDITION_EDEFAULT == null ? edition != null : !EDITION_EDEFAULT.equals(edition);
			case FrameworkPackage.FRAMEWORK__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case FrameworkPackage.FRAMEWORK__DATE_OF_ISSUE:
				return DATE_OF_ISSUE_EDEFAULT == null ? dateOfIssue != null : !DATE_OF_ISSUE_EDEFAULT.equals(dateOfIssue);
			case FrameworkPackage.FRAMEWORK__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case FrameworkPackage.FRAMEWORK__PURPOSES:
				return purposes != null && !purposes.isEmpty();
			case FrameworkPackage.FRAMEWORK__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case FrameworkPackage.FRAMEWORK__GRADE_SCALE:
				return gradeScale != null;
			case FrameworkPackage.FRAMEWORK__SUPPORT_LEVELS:
				return supportLevels != null && !supportLevels.isEmpty();
			case FrameworkPackage.FRAMEWORK__SCHEDULES:
				return schedules != null && !schedules.isEmpty();
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
		result.append(", edition: ");
		result.append(edition);
		result.append(", issuer: ");
		result.append(issuer);
		result.append(", dateOfIssue: ");
		result.append(dateOfIssue);
		result.append(", origin: ");
		result.append(origin);
		result.append(", purposes: ");
		result.append(purposes);
		result.append(", principles: ");
		result.append(principles);
		result.append(')');
		return result.toString();
	}

} //FrameworkImpl
