/**
 */
package org.sipqm.model.evaluation.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;

import org.sipqm.model.framework.ImpactEvidence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getAttachment <em>Attachment</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvidenceItemImpl#isConcernsIndividual <em>Concerns Individual</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceItemImpl extends MinimalEObjectImpl.Container implements EvidenceItem {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceKind KIND_EDEFAULT = EvidenceKind.DOCUMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EvidenceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachment()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACHMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachment()
	 * @generated
	 * @ordered
	 */
	protected String attachment = ATTACHMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected static final ImpactEvidence IMPACT_EDEFAULT = ImpactEvidence.NONE;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected ImpactEvidence impact = IMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #isConcernsIndividual() <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcernsIndividual()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONCERNS_INDIVIDUAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConcernsIndividual() <em>Concerns Individual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcernsIndividual()
	 * @generated
	 * @ordered
	 */
	protected boolean concernsIndividual = CONCERNS_INDIVIDUAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.EVIDENCE_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EvidenceKind newKind) {
		EvidenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttachment() {
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachment(String newAttachment) {
		String oldAttachment = attachment;
		attachment = newAttachment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__ATTACHMENT, oldAttachment, attachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactEvidence getImpact() {
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(ImpactEvidence newImpact) {
		ImpactEvidence oldImpact = impact;
		impact = newImpact == null ? IMPACT_EDEFAULT : newImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__IMPACT, oldImpact, impact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConcernsIndividual() {
		return concernsIndividual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcernsIndividual(boolean newConcernsIndividual) {
		boolean oldConcernsIndividual = concernsIndividual;
		concernsIndividual = newConcernsIndividual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVIDENCE_ITEM__CONCERNS_INDIVIDUAL, oldConcernsIndividual, concernsIndividual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.EVIDENCE_ITEM__ID:
				return getId();
			case EvaluationPackage.EVIDENCE_ITEM__TITLE:
				return getTitle();
			case EvaluationPackage.EVIDENCE_ITEM__KIND:
				return getKind();
			case EvaluationPackage.EVIDENCE_ITEM__DATE:
				return getDate();
			case EvaluationPackage.EVIDENCE_ITEM__SOURCE:
				return getSource();
			case EvaluationPackage.EVIDENCE_ITEM__DESCRIPTION:
				return getDescription();
			case EvaluationPackage.EVIDENCE_ITEM__ATTACHMENT:
				return getAttachment();
			case EvaluationPackage.EVIDENCE_ITEM__IMPACT:
				return getImpact();
			case EvaluationPackage.EVIDENCE_ITEM__CONCERNS_INDIVIDUAL:
				return isConcernsIndividual();
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
			case EvaluationPackage.EVIDENCE_ITEM__ID:
				setId((String)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__KIND:
				setKind((EvidenceKind)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__DATE:
				setDate((LocalDate)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__SOURCE:
				setSource((String)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__ATTACHMENT:
				setAttachment((String)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__IMPACT:
				setImpact((ImpactEvidence)newValue);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__CONCERNS_INDIVIDUAL:
				setConcernsIndividual((Boolean)newValue);
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
			case EvaluationPackage.EVIDENCE_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__ATTACHMENT:
				setAttachment(ATTACHMENT_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__IMPACT:
				setImpact(IMPACT_EDEFAULT);
				return;
			case EvaluationPackage.EVIDENCE_ITEM__CONCERNS_INDIVIDUAL:
				setConcernsIndividual(CONCERNS_INDIVIDUAL_EDEFAULT);
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
			case EvaluationPackage.EVIDENCE_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case EvaluationPackage.EVIDENCE_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case EvaluationPackage.EVIDENCE_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case EvaluationPackage.EVIDENCE_ITEM__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case EvaluationPackage.EVIDENCE_ITEM__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case EvaluationPackage.EVIDENCE_ITEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case EvaluationPackage.EVIDENCE_ITEM__ATTACHMENT:
				return ATTACHMENT_EDEFAULT == null ? attachment != null : !ATTACHMENT_EDEFAULT.equals(attachment);
			case EvaluationPackage.EVIDENCE_ITEM__IMPACT:
				return impact != IMPACT_EDEFAULT;
			case EvaluationPackage.EVIDENCE_ITEM__CONCERNS_INDIVIDUAL:
				return concernsIndividual != CONCERNS_INDIVIDUAL_EDEFAULT;
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
		result.append(", title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", date: ");
		result.append(date);
		result.append(", source: ");
		result.append(source);
		result.append(", description: ");
		result.append(description);
		result.append(", attachment: ");
		result.append(attachment);
		result.append(", impact: ");
		result.append(impact);
		result.append(", concernsIndividual: ");
		result.append(concernsIndividual);
		result.append(')');
		return result.toString();
	}

} //EvidenceItemImpl
