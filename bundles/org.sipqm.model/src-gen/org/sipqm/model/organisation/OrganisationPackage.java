/**
 */
package org.sipqm.model.organisation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The people and bodies of the SIP programme: regions, local authorities, schools and School Improvement Partners.
 * <!-- end-model-doc -->
 * @see org.sipqm.model.organisation.OrganisationFactory
 * @model kind="package"
 * @generated
 */
public interface OrganisationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "organisation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sipqm.org/model/organisation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "organisation";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OrganisationPackage eINSTANCE = org.sipqm.model.organisation.impl.OrganisationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.OrganisationImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REGIONS = 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.RegionImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = 1;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__PEOPLE = 2;

	/**
	 * The feature id for the '<em><b>Senior Regional Director</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__SENIOR_REGIONAL_DIRECTOR = 3;

	/**
	 * The feature id for the '<em><b>Coordinators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COORDINATORS = 4;

	/**
	 * The feature id for the '<em><b>Local Authorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__LOCAL_AUTHORITIES = 5;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.PersonImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLE = 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.SchoolImprovementPartnerImpl <em>School Improvement Partner</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.SchoolImprovementPartnerImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSchoolImprovementPartner()
	 * @generated
	 */
	int SCHOOL_IMPROVEMENT_PARTNER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER__ID = PERSON__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER__NAME = PERSON__NAME;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER__ROLE = PERSON__ROLE;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER__EMAIL = PERSON__EMAIL;

	/**
	 * The feature id for the '<em><b>Accreditation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER = PERSON_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>School Improvement Partner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER_FEATURE_COUNT = PERSON_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>School Improvement Partner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_IMPROVEMENT_PARTNER_OPERATION_COUNT = PERSON_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl <em>Local Authority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.LocalAuthorityImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getLocalAuthority()
	 * @generated
	 */
	int LOCAL_AUTHORITY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__NAME = 2;

	/**
	 * The feature id for the '<em><b>Sip Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__SIP_MANAGER = 3;

	/**
	 * The feature id for the '<em><b>Support Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__SUPPORT_LEVELS = 4;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__PARTNERS = 5;

	/**
	 * The feature id for the '<em><b>Schools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY__SCHOOLS = 6;

	/**
	 * The number of structural features of the '<em>Local Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Local Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_AUTHORITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl <em>Support Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.SupportAssignmentImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSupportAssignment()
	 * @generated
	 */
	int SUPPORT_ASSIGNMENT = 5;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT__ACADEMIC_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT__TERM = 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT__PHASE = 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT__LEVEL = 3;

	/**
	 * The number of structural features of the '<em>Support Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Support Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.impl.SchoolImpl <em>School</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.impl.SchoolImpl
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSchool()
	 * @generated
	 */
	int SCHOOL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__ID = 0;

	/**
	 * The feature id for the '<em><b>Urn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__URN = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__NAME = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__PHASE = 3;

	/**
	 * The feature id for the '<em><b>Headteacher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__HEADTEACHER = 4;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL__PARTNER = 5;

	/**
	 * The number of structural features of the '<em>School</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>School</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.Term <em>Term</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.Term
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getTerm()
	 * @generated
	 */
	int TERM = 7;

	/**
	 * The meta object id for the '{@link org.sipqm.model.organisation.Phase <em>Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.organisation.Phase
	 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 8;


	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.sipqm.model.organisation.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.organisation.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.Organisation#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.sipqm.model.organisation.Organisation#getRegions()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Regions();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.sipqm.model.organisation.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Region#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.organisation.Region#getId()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Region#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.organisation.Region#getName()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.Region#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.sipqm.model.organisation.Region#getPeople()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_People();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.organisation.Region#getSeniorRegionalDirector <em>Senior Regional Director</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Senior Regional Director</em>'.
	 * @see org.sipqm.model.organisation.Region#getSeniorRegionalDirector()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_SeniorRegionalDirector();

	/**
	 * Returns the meta object for the reference list '{@link org.sipqm.model.organisation.Region#getCoordinators <em>Coordinators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Coordinators</em>'.
	 * @see org.sipqm.model.organisation.Region#getCoordinators()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Coordinators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.Region#getLocalAuthorities <em>Local Authorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Local Authorities</em>'.
	 * @see org.sipqm.model.organisation.Region#getLocalAuthorities()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_LocalAuthorities();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.sipqm.model.organisation.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Person#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.organisation.Person#getId()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.organisation.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Person#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.sipqm.model.organisation.Person#getRole()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.sipqm.model.organisation.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.SchoolImprovementPartner <em>School Improvement Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School Improvement Partner</em>'.
	 * @see org.sipqm.model.organisation.SchoolImprovementPartner
	 * @generated
	 */
	EClass getSchoolImprovementPartner();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.SchoolImprovementPartner#getAccreditationNumber <em>Accreditation Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accreditation Number</em>'.
	 * @see org.sipqm.model.organisation.SchoolImprovementPartner#getAccreditationNumber()
	 * @see #getSchoolImprovementPartner()
	 * @generated
	 */
	EAttribute getSchoolImprovementPartner_AccreditationNumber();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.LocalAuthority <em>Local Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Authority</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority
	 * @generated
	 */
	EClass getLocalAuthority();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.LocalAuthority#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getId()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EAttribute getLocalAuthority_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.LocalAuthority#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getCode()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EAttribute getLocalAuthority_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.LocalAuthority#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getName()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EAttribute getLocalAuthority_Name();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.organisation.LocalAuthority#getSipManager <em>Sip Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sip Manager</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getSipManager()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EReference getLocalAuthority_SipManager();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.LocalAuthority#getSupportLevels <em>Support Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Support Levels</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getSupportLevels()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EReference getLocalAuthority_SupportLevels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.LocalAuthority#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partners</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getPartners()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EReference getLocalAuthority_Partners();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.organisation.LocalAuthority#getSchools <em>Schools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schools</em>'.
	 * @see org.sipqm.model.organisation.LocalAuthority#getSchools()
	 * @see #getLocalAuthority()
	 * @generated
	 */
	EReference getLocalAuthority_Schools();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.SupportAssignment <em>Support Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Assignment</em>'.
	 * @see org.sipqm.model.organisation.SupportAssignment
	 * @generated
	 */
	EClass getSupportAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.SupportAssignment#getAcademicYear <em>Academic Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Academic Year</em>'.
	 * @see org.sipqm.model.organisation.SupportAssignment#getAcademicYear()
	 * @see #getSupportAssignment()
	 * @generated
	 */
	EAttribute getSupportAssignment_AcademicYear();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.SupportAssignment#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.sipqm.model.organisation.SupportAssignment#getTerm()
	 * @see #getSupportAssignment()
	 * @generated
	 */
	EAttribute getSupportAssignment_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.SupportAssignment#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.sipqm.model.organisation.SupportAssignment#getPhase()
	 * @see #getSupportAssignment()
	 * @generated
	 */
	EAttribute getSupportAssignment_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.SupportAssignment#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.sipqm.model.organisation.SupportAssignment#getLevel()
	 * @see #getSupportAssignment()
	 * @generated
	 */
	EAttribute getSupportAssignment_Level();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.organisation.School <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>School</em>'.
	 * @see org.sipqm.model.organisation.School
	 * @generated
	 */
	EClass getSchool();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.School#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.organisation.School#getId()
	 * @see #getSchool()
	 * @generated
	 */
	EAttribute getSchool_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.School#getUrn <em>Urn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urn</em>'.
	 * @see org.sipqm.model.organisation.School#getUrn()
	 * @see #getSchool()
	 * @generated
	 */
	EAttribute getSchool_Urn();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.School#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.organisation.School#getName()
	 * @see #getSchool()
	 * @generated
	 */
	EAttribute getSchool_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.organisation.School#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.sipqm.model.organisation.School#getPhase()
	 * @see #getSchool()
	 * @generated
	 */
	EAttribute getSchool_Phase();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.organisation.School#getHeadteacher <em>Headteacher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Headteacher</em>'.
	 * @see org.sipqm.model.organisation.School#getHeadteacher()
	 * @see #getSchool()
	 * @generated
	 */
	EReference getSchool_Headteacher();

	/**
	 * Returns the meta object for the reference '{@link org.sipqm.model.organisation.School#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.sipqm.model.organisation.School#getPartner()
	 * @see #getSchool()
	 * @generated
	 */
	EReference getSchool_Partner();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.organisation.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Term</em>'.
	 * @see org.sipqm.model.organisation.Term
	 * @generated
	 */
	EEnum getTerm();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.organisation.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase</em>'.
	 * @see org.sipqm.model.organisation.Phase
	 * @generated
	 */
	EEnum getPhase();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OrganisationFactory getOrganisationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.OrganisationImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__REGIONS = eINSTANCE.getOrganisation_Regions();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.RegionImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__ID = eINSTANCE.getRegion_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__NAME = eINSTANCE.getRegion_Name();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__PEOPLE = eINSTANCE.getRegion_People();

		/**
		 * The meta object literal for the '<em><b>Senior Regional Director</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__SENIOR_REGIONAL_DIRECTOR = eINSTANCE.getRegion_SeniorRegionalDirector();

		/**
		 * The meta object literal for the '<em><b>Coordinators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__COORDINATORS = eINSTANCE.getRegion_Coordinators();

		/**
		 * The meta object literal for the '<em><b>Local Authorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__LOCAL_AUTHORITIES = eINSTANCE.getRegion_LocalAuthorities();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.PersonImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ID = eINSTANCE.getPerson_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ROLE = eINSTANCE.getPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.SchoolImprovementPartnerImpl <em>School Improvement Partner</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.SchoolImprovementPartnerImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSchoolImprovementPartner()
		 * @generated
		 */
		EClass SCHOOL_IMPROVEMENT_PARTNER = eINSTANCE.getSchoolImprovementPartner();

		/**
		 * The meta object literal for the '<em><b>Accreditation Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL_IMPROVEMENT_PARTNER__ACCREDITATION_NUMBER = eINSTANCE.getSchoolImprovementPartner_AccreditationNumber();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.LocalAuthorityImpl <em>Local Authority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.LocalAuthorityImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getLocalAuthority()
		 * @generated
		 */
		EClass LOCAL_AUTHORITY = eINSTANCE.getLocalAuthority();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_AUTHORITY__ID = eINSTANCE.getLocalAuthority_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_AUTHORITY__CODE = eINSTANCE.getLocalAuthority_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_AUTHORITY__NAME = eINSTANCE.getLocalAuthority_Name();

		/**
		 * The meta object literal for the '<em><b>Sip Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_AUTHORITY__SIP_MANAGER = eINSTANCE.getLocalAuthority_SipManager();

		/**
		 * The meta object literal for the '<em><b>Support Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_AUTHORITY__SUPPORT_LEVELS = eINSTANCE.getLocalAuthority_SupportLevels();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_AUTHORITY__PARTNERS = eINSTANCE.getLocalAuthority_Partners();

		/**
		 * The meta object literal for the '<em><b>Schools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_AUTHORITY__SCHOOLS = eINSTANCE.getLocalAuthority_Schools();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.SupportAssignmentImpl <em>Support Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.SupportAssignmentImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSupportAssignment()
		 * @generated
		 */
		EClass SUPPORT_ASSIGNMENT = eINSTANCE.getSupportAssignment();

		/**
		 * The meta object literal for the '<em><b>Academic Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_ASSIGNMENT__ACADEMIC_YEAR = eINSTANCE.getSupportAssignment_AcademicYear();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_ASSIGNMENT__TERM = eINSTANCE.getSupportAssignment_Term();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_ASSIGNMENT__PHASE = eINSTANCE.getSupportAssignment_Phase();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_ASSIGNMENT__LEVEL = eINSTANCE.getSupportAssignment_Level();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.impl.SchoolImpl <em>School</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.impl.SchoolImpl
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getSchool()
		 * @generated
		 */
		EClass SCHOOL = eINSTANCE.getSchool();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL__ID = eINSTANCE.getSchool_Id();

		/**
		 * The meta object literal for the '<em><b>Urn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL__URN = eINSTANCE.getSchool_Urn();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL__NAME = eINSTANCE.getSchool_Name();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHOOL__PHASE = eINSTANCE.getSchool_Phase();

		/**
		 * The meta object literal for the '<em><b>Headteacher</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHOOL__HEADTEACHER = eINSTANCE.getSchool_Headteacher();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHOOL__PARTNER = eINSTANCE.getSchool_Partner();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.Term <em>Term</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.Term
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getTerm()
		 * @generated
		 */
		EEnum TERM = eINSTANCE.getTerm();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.organisation.Phase <em>Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.organisation.Phase
		 * @see org.sipqm.model.organisation.impl.OrganisationPackageImpl#getPhase()
		 * @generated
		 */
		EEnum PHASE = eINSTANCE.getPhase();

	}

} //OrganisationPackage
