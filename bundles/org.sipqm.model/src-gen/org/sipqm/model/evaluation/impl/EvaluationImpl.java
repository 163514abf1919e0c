/**
 */
package org.sipqm.model.evaluation.impl;

import java.time.LocalDate;

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

import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationPackage;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.evaluation.OutcomeIndicator;
import org.sipqm.model.evaluation.StatusChange;

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Term;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getFramework <em>Framework</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getTerm <em>Term</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getLocalAuthority <em>Local Authority</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getJudgements <em>Judgements</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getNoteOfVisit <em>Note Of Visit</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getOutcomeIndicators <em>Outcome Indicators</em>}</li>
 *   <li>{@link org.sipqm.model.evaluation.impl.EvaluationImpl#getStatusChanges <em>Status Changes</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class EvaluationImpl extends MinimalEObjectImpl.Container implements Evaluation {
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
	 * The default value of the '{@link #getFramework() <em>Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFramework()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAMEWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFramework() <em>Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFramework()
	 * @generated
	 * @ordered
	 */
	protected String framework = FRAMEWORK_EDEFAULT;

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
	 * The default value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected static final Term TERM_EDEFAULT = Term.AUTUMN;

	/**
	 * The cached value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected Term term = TERM_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationStatus STATUS_EDEFAULT = EvaluationStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EvaluationStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

	/**
	 * The cached value of the '{@link #getLocalAuthority() <em>Local Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAuthority()
	 * @generated
	 * @ordered
	 */
	protected LocalAuthority localAuthority;

	/**
	 * The cached value of the '{@link #getJudgements() <em>Judgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgements()
	 * @generated
	 * @ordered
	 */
	protected EList<Judgement> judgements;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceItem> evidence;

	/**
	 * The cached value of the '{@link #getNoteOfVisit() <em>Note Of Visit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteOfVisit()
	 * @generated
	 * @ordered
	 */
	protected NoteOfVisit noteOfVisit;

	/**
	 * The cached value of the '{@link #getOutcomeIndicators() <em>Outcome Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<OutcomeIndicator> outcomeIndicators;

	/**
	 * The cached value of the '{@link #getStatusChanges() <em>Status Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusChanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.EVALUATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFramework() {
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFramework(String newFramework) {
		String oldFramework = framework;
		framework = newFramework;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__FRAMEWORK, oldFramework, framework));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__ACADEMIC_YEAR, oldAcademicYear, academicYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getTerm() {
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerm(Term newTerm) {
		Term oldTerm = term;
		term = newTerm == null ? TERM_EDEFAULT : newTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__TERM, oldTerm, term));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EvaluationStatus newStatus) {
		EvaluationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Person)eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.EVALUATION__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalAuthority getLocalAuthority() {
		if (localAuthority != null && localAuthority.eIsProxy()) {
			InternalEObject oldLocalAuthority = (InternalEObject)localAuthority;
			localAuthority = (LocalAuthority)eResolveProxy(oldLocalAuthority);
			if (localAuthority != oldLocalAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.EVALUATION__LOCAL_AUTHORITY, oldLocalAuthority, localAuthority));
			}
		}
		return localAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalAuthority basicGetLocalAuthority() {
		return localAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAuthority(LocalAuthority newLocalAuthority) {
		LocalAuthority oldLocalAuthority = localAuthority;
		localAuthority = newLocalAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__LOCAL_AUTHORITY, oldLocalAuthority, localAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Judgement> getJudgements() {
		if (judgements == null) {
			judgements = new EObjectContainmentEList<Judgement>(Judgement.class, this, EvaluationPackage.EVALUATION__JUDGEMENTS);
		}
		return judgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceItem> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceItem>(EvidenceItem.class, this, EvaluationPackage.EVALUATION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteOfVisit getNoteOfVisit() {
		return noteOfVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNoteOfVisit(NoteOfVisit newNoteOfVisit, NotificationChain msgs) {
		NoteOfVisit oldNoteOfVisit = noteOfVisit;
		noteOfVisit = newNoteOfVisit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__NOTE_OF_VISIT, oldNoteOfVisit, newNoteOfVisit);
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
	public void setNoteOfVisit(NoteOfVisit newNoteOfVisit) {
		if (newNoteOfVisit != noteOfVisit) {
			NotificationChain msgs = null;
			if (noteOfVisit != null)
				msgs = ((InternalEObject)noteOfVisit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__NOTE_OF_VISIT, null, msgs);
			if (newNoteOfVisit != null)
				msgs = ((InternalEObject)newNoteOfVisit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__NOTE_OF_VISIT, null, msgs);
			msgs = basicSetNoteOfVisit(newNoteOfVisit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__NOTE_OF_VISIT, newNoteOfVisit, newNoteOfVisit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutcomeIndicator> getOutcomeIndicators() {
		if (outcomeIndicators == null) {
			outcomeIndicators = new EObjectContainmentEList<OutcomeIndicator>(OutcomeIndicator.class, this, EvaluationPackage.EVALUATION__OUTCOME_INDICATORS);
		}
		return outcomeIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusChanges() {
		if (statusChanges == null) {
			statusChanges = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, EvaluationPackage.EVALUATION__STATUS_CHANGES);
		}
		return statusChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
				return ((InternalEList<?>)getJudgements()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
				return basicSetNoteOfVisit(null, msgs);
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
				return ((InternalEList<?>)getOutcomeIndicators()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				return ((InternalEList<?>)getStatusChanges()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.EVALUATION__ID:
				return getId();
			case EvaluationPackage.EVALUATION__FRAMEWORK:
				return getFramework();
			case EvaluationPackage.EVALUATION__ACADEMIC_YEAR:
				return getAcademicYear();
			case EvaluationPackage.EVALUATION__TERM:
				return getTerm();
			case EvaluationPackage.EVALUATION__DATE:
				return getDate();
			case EvaluationPackage.EVALUATION__STATUS:
				return getStatus();
			case EvaluationPackage.EVALUATION__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case EvaluationPackage.EVALUATION__LOCAL_AUTHORITY:
				if (resolve) return getLocalAuthority();
				return basicGetLocalAuthority();
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
				return getJudgements();
			case EvaluationPackage.EVALUATION__EVIDENCE:
				return getEvidence();
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
				return getNoteOfVisit();
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
				return getOutcomeIndicators();
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				return getStatusChanges();
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
			case EvaluationPackage.EVALUATION__ID:
				setId((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__FRAMEWORK:
				setFramework((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__ACADEMIC_YEAR:
				setAcademicYear((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__TERM:
				setTerm((Term)newValue);
				return;
			case EvaluationPackage.EVALUATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case EvaluationPackage.EVALUATION__STATUS:
				setStatus((EvaluationStatus)newValue);
				return;
			case EvaluationPackage.EVALUATION__AUTHOR:
				setAuthor((Person)newValue);
				return;
			case EvaluationPackage.EVALUATION__LOCAL_AUTHORITY:
				setLocalAuthority((LocalAuthority)newValue);
				return;
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
				getJudgements().clear();
				getJudgements().addAll((Collection<? extends Judgement>)newValue);
				return;
			case EvaluationPackage.EVALUATION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceItem>)newValue);
				return;
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
				setNoteOfVisit((NoteOfVisit)newValue);
				return;
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
				getOutcomeIndicators().clear();
				getOutcomeIndicators().addAll((Collection<? extends OutcomeIndicator>)newValue);
				return;
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				getStatusChanges().clear();
				getStatusChanges().addAll((Collection<? extends StatusChange>)newValue);
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
			case EvaluationPackage.EVALUATION__ID:
				setId(ID_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__FRAMEWORK:
				setFramework(FRAMEWORK_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__ACADEMIC_YEAR:
				setAcademicYear(ACADEMIC_YEAR_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__TERM:
				setTerm(TERM_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__AUTHOR:
				setAuthor((Person)null);
				return;
			case EvaluationPackage.EVALUATION__LOCAL_AUTHORITY:
				setLocalAuthority((LocalAuthority)null);
				return;
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
				getJudgements().clear();
				return;
			case EvaluationPackage.EVALUATION__EVIDENCE:
				getEvidence().clear();
				return;
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
				setNoteOfVisit((NoteOfVisit)null);
				return;
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
				getOutcomeIndicators().clear();
				return;
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				getStatusChanges().clear();
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
			case EvaluationPackage.EVALUATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case EvaluationPackage.EVALUATION__FRAMEWORK:
				return FRAMEWORK_EDEFAULT == null ? framework != null : !FRAMEWORK_EDEFAULT.equals(framework);
			case EvaluationPackage.EVALUATION__ACADEMIC_YEAR:
				return ACADEMIC_YEAR_EDEFAULT == null ? academicYear != null : !ACADEMIC_YEAR_EDEFAULT.equals(academicYear);
			case EvaluationPackage.EVALUATION__TERM:
				return term != TERM_EDEFAULT;
			case EvaluationPackage.EVALUATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case EvaluationPackage.EVALUATION__STATUS:
				return status != STATUS_EDEFAULT;
			case EvaluationPackage.EVALUATION__AUTHOR:
				return author != null;
			case EvaluationPackage.EVALUATION__LOCAL_AUTHORITY:
				return localAuthority != null;
			case EvaluationPackage.EVALUATION__JUDGEMENTS:
				return judgements != null && !judgements.isEmpty();
			case EvaluationPackage.EVALUATION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case EvaluationPackage.EVALUATION__NOTE_OF_VISIT:
				return noteOfVisit != null;
			case EvaluationPackage.EVALUATION__OUTCOME_INDICATORS:
				return outcomeIndicators != null && !outcomeIndicators.isEmpty();
			case EvaluationPackage.EVALUATION__STATUS_CHANGES:
				return statusChanges != null && !statusChanges.isEmpty();
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
		result.append(", framework: ");
		result.append(framework);
		result.append(", academicYear: ");
		result.append(academicYear);
		result.append(", term: ");
		result.append(term);
		result.append(", date: ");
		result.append(date);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
