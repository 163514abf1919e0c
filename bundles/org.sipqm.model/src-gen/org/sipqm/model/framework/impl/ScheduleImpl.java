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

import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getMissingContent <em>Missing Content</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.sipqm.model.framework.impl.ScheduleImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleImpl extends MinimalEObjectImpl.Container implements Schedule {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBTITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected String subtitle = SUBTITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleKind KIND_EDEFAULT = ScheduleKind.LA_PROCESSES;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ScheduleKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected EList<String> introduction;

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
	 * The default value of the '{@link #getMissingContent() <em>Missing Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingContent()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSING_CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissingContent() <em>Missing Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingContent()
	 * @generated
	 * @ordered
	 */
	protected String missingContent = MISSING_CONTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<Protocol> protocols;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubtitle() {
		return subtitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubtitle(String newSubtitle) {
		String oldSubtitle = subtitle;
		subtitle = newSubtitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__SUBTITLE, oldSubtitle, subtitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ScheduleKind newKind) {
		ScheduleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIntroduction() {
		if (introduction == null) {
			introduction = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.SCHEDULE__INTRODUCTION);
		}
		return introduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPurposes() {
		if (purposes == null) {
			purposes = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.SCHEDULE__PURPOSES);
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
			principles = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.SCHEDULE__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissingContent() {
		return missingContent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingContent(String newMissingContent) {
		String oldMissingContent = missingContent;
		missingContent = newMissingContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCHEDULE__MISSING_CONTENT, oldMissingContent, missingContent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Protocol> getProtocols() {
		if (protocols == null) {
			protocols = new EObjectContainmentEList<Protocol>(Protocol.class, this, FrameworkPackage.SCHEDULE__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, FrameworkPackage.SCHEDULE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.SCHEDULE__PROTOCOLS:
				return ((InternalEList<?>)getProtocols()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCHEDULE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.SCHEDULE__NUMBER:
				return getNumber();
			case FrameworkPackage.SCHEDULE__TITLE:
				return getTitle();
			case FrameworkPackage.SCHEDULE__SUBTITLE:
				return getSubtitle();
			case FrameworkPackage.SCHEDULE__PURPOSE:
				return getPurpose();
			case FrameworkPackage.SCHEDULE__KIND:
				return getKind();
			case FrameworkPackage.SCHEDULE__ORIGIN:
				return getOrigin();
			case FrameworkPackage.SCHEDULE__INTRODUCTION:
				return getIntroduction();
			case FrameworkPackage.SCHEDULE__PURPOSES:
				return getPurposes();
			case FrameworkPackage.SCHEDULE__PRINCIPLES:
				return getPrinciples();
			case FrameworkPackage.SCHEDULE__MISSING_CONTENT:
				return getMissingContent();
			case FrameworkPackage.SCHEDULE__PROTOCOLS:
				return getProtocols();
			case FrameworkPackage.SCHEDULE__SECTIONS:
				return getSections();
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
			case FrameworkPackage.SCHEDULE__NUMBER:
				setNumber((Integer)newValue);
				return;
			case FrameworkPackage.SCHEDULE__TITLE:
				setTitle((String)newValue);
				return;
			case FrameworkPackage.SCHEDULE__SUBTITLE:
				setSubtitle((String)newValue);
				return;
			case FrameworkPackage.SCHEDULE__PURPOSE:
				setPurpose((String)newValue);
				return;
			case FrameworkPackage.SCHEDULE__KIND:
				setKind((ScheduleKind)newValue);
				return;
			case FrameworkPackage.SCHEDULE__ORIGIN:
				setOrigin((String)newValue);
				return;
			case FrameworkPackage.SCHEDULE__INTRODUCTION:
				getIntroduction().clear();
				getIntroduction().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.SCHEDULE__PURPOSES:
				getPurposes().clear();
				getPurposes().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.SCHEDULE__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.SCHEDULE__MISSING_CONTENT:
				setMissingContent((String)newValue);
				return;
			case FrameworkPackage.SCHEDULE__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends Protocol>)newValue);
				return;
			case FrameworkPackage.SCHEDULE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
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
			case FrameworkPackage.SCHEDULE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__SUBTITLE:
				setSubtitle(SUBTITLE_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__INTRODUCTION:
				getIntroduction().clear();
				return;
			case FrameworkPackage.SCHEDULE__PURPOSES:
				getPurposes().clear();
				return;
			case FrameworkPackage.SCHEDULE__PRINCIPLES:
				getPrinciples().clear();
				return;
			case FrameworkPackage.SCHEDULE__MISSING_CONTENT:
				setMissingContent(MISSING_CONTENT_EDEFAULT);
				return;
			case FrameworkPackage.SCHEDULE__PROTOCOLS:
				getProtocols().clear();
				return;
			case FrameworkPackage.SCHEDULE__SECTIONS:
				getSections().clear();
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
			case FrameworkPackage.SCHEDULE__NUMBER:
				return number != NUMBER_EDEFAULT;
			case FrameworkPackage.SCHEDULE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FrameworkPackage.SCHEDULE__SUBTITLE:
				return SUBTITLE_EDEFAULT == null ? subtitle != null : !SUBTITLE_EDEFAULT.equals(subtitle);
			case FrameworkPackage.SCHEDULE__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case FrameworkPackage.SCHEDULE__KIND:
				return kind != KIND_EDEFAULT;
			case FrameworkPackage.SCHEDULE__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case FrameworkPackage.SCHEDULE__INTRODUCTION:
				return introduction != null && !introduction.isEmpty();
			case FrameworkPackage.SCHEDULE__PURPOSES:
				return purposes != null && !purposes.isEmpty();
			case FrameworkPackage.SCHEDULE__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case FrameworkPackage.SCHEDULE__MISSING_CONTENT:
				return MISSING_CONTENT_EDEFAULT == null ? missingContent != null : !MISSING_CONTENT_EDEFAULT.equals(missingContent);
			case FrameworkPackage.SCHEDULE__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case FrameworkPackage.SCHEDULE__SECTIONS:
				return sections != null && !sections.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", subtitle: ");
		result.append(subtitle);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", kind: ");
		result.append(kind);
		result.append(", origin: ");
		result.append(origin);
		result.append(", introduction: ");
		result.append(introduction);
		result.append(", purposes: ");
		result.append(purposes);
		result.append(", principles: ");
		result.append(principles);
		result.append(", missingContent: ");
		result.append(missingContent);
		result.append(')');
		return result.toString();
	}

} //ScheduleImpl
