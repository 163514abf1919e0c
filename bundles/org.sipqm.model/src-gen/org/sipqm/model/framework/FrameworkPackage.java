/**
 */
package org.sipqm.model.framework;

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
 * A quality management framework: its evaluation schedules, sections, criteria, grade scale, support levels and protocols.
 * <!-- end-model-doc -->
 * @see org.sipqm.model.framework.FrameworkFactory
 * @model kind="package"
 * @generated
 */
public interface FrameworkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "framework";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sipqm.org/model/framework/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "framework";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FrameworkPackage eINSTANCE = org.sipqm.model.framework.impl.FrameworkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.FrameworkImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__EDITION = 2;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ISSUER = 3;

	/**
	 * The feature id for the '<em><b>Date Of Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DATE_OF_ISSUE = 4;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ORIGIN = 5;

	/**
	 * The feature id for the '<em><b>Purposes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PURPOSES = 6;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PRINCIPLES = 7;

	/**
	 * The feature id for the '<em><b>Grade Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__GRADE_SCALE = 8;

	/**
	 * The feature id for the '<em><b>Support Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SUPPORT_LEVELS = 9;

	/**
	 * The feature id for the '<em><b>Schedules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SCHEDULES = 10;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.ScheduleImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__SUBTITLE = 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PURPOSE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__KIND = 4;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ORIGIN = 5;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__INTRODUCTION = 6;

	/**
	 * The feature id for the '<em><b>Purposes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PURPOSES = 7;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PRINCIPLES = 8;

	/**
	 * The feature id for the '<em><b>Missing Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__MISSING_CONTENT = 9;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PROTOCOLS = 10;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__SECTIONS = 11;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.SectionImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ORIGIN = 2;

	/**
	 * The feature id for the '<em><b>Missing Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__MISSING_CONTENT = 3;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CRITERIA = 4;

	/**
	 * The feature id for the '<em><b>Subsections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SUBSECTIONS = 5;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.CriterionImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Sub Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__SUB_ITEMS = 2;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CRITICAL = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__KIND = 4;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ORIGIN = 5;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTORS = 6;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.DescriptorImpl <em>Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.DescriptorImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getDescriptor()
	 * @generated
	 */
	int DESCRIPTOR = 4;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__ORIGIN = 2;

	/**
	 * The number of structural features of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.GradeScaleImpl <em>Grade Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.GradeScaleImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getGradeScale()
	 * @generated
	 */
	int GRADE_SCALE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_SCALE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_SCALE__LEVELS = 1;

	/**
	 * The number of structural features of the '<em>Grade Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_SCALE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Grade Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.GradeLevelImpl <em>Grade Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.GradeLevelImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getGradeLevel()
	 * @generated
	 */
	int GRADE_LEVEL = 6;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL__VOCABULARY = 2;

	/**
	 * The feature id for the '<em><b>Evidence Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL__EVIDENCE_REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Evidence Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL__EVIDENCE_REQUIREMENT = 4;

	/**
	 * The number of structural features of the '<em>Grade Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Grade Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.SupportLevelImpl <em>Support Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.SupportLevelImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSupportLevel()
	 * @generated
	 */
	int SUPPORT_LEVEL = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Days Per Term Per Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE = 1;

	/**
	 * The feature id for the '<em><b>Joint Visit Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY = 2;

	/**
	 * The feature id for the '<em><b>Joint Visit Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL__JOINT_VISIT_RULE = 3;

	/**
	 * The number of structural features of the '<em>Support Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Support Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.ProtocolImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__INTRODUCTION = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__STEPS = 2;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.impl.ProtocolStepImpl <em>Protocol Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.impl.ProtocolStepImpl
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getProtocolStep()
	 * @generated
	 */
	int PROTOCOL_STEP = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__CODE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Protocol Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Protocol Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.ScheduleKind <em>Schedule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.ScheduleKind
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getScheduleKind()
	 * @generated
	 */
	int SCHEDULE_KIND = 10;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.CriterionKind <em>Criterion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.CriterionKind
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getCriterionKind()
	 * @generated
	 */
	int CRITERION_KIND = 11;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.ImpactEvidence <em>Impact Evidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getImpactEvidence()
	 * @generated
	 */
	int IMPACT_EVIDENCE = 12;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.SupportKind <em>Support Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.SupportKind
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSupportKind()
	 * @generated
	 */
	int SUPPORT_KIND = 13;

	/**
	 * The meta object id for the '{@link org.sipqm.model.framework.JointVisitFrequency <em>Joint Visit Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.framework.JointVisitFrequency
	 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getJointVisitFrequency()
	 * @generated
	 */
	int JOINT_VISIT_FREQUENCY = 14;


	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see org.sipqm.model.framework.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sipqm.model.framework.Framework#getId()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.framework.Framework#getName()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see org.sipqm.model.framework.Framework#getEdition()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Edition();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.sipqm.model.framework.Framework#getIssuer()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getDateOfIssue <em>Date Of Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Issue</em>'.
	 * @see org.sipqm.model.framework.Framework#getDateOfIssue()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_DateOfIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Framework#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sipqm.model.framework.Framework#getOrigin()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Origin();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Framework#getPurposes <em>Purposes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Purposes</em>'.
	 * @see org.sipqm.model.framework.Framework#getPurposes()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Purposes();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Framework#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.sipqm.model.framework.Framework#getPrinciples()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Principles();

	/**
	 * Returns the meta object for the containment reference '{@link org.sipqm.model.framework.Framework#getGradeScale <em>Grade Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Grade Scale</em>'.
	 * @see org.sipqm.model.framework.Framework#getGradeScale()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_GradeScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Framework#getSupportLevels <em>Support Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Support Levels</em>'.
	 * @see org.sipqm.model.framework.Framework#getSupportLevels()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_SupportLevels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Framework#getSchedules <em>Schedules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedules</em>'.
	 * @see org.sipqm.model.framework.Framework#getSchedules()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Schedules();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see org.sipqm.model.framework.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.sipqm.model.framework.Schedule#getNumber()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sipqm.model.framework.Schedule#getTitle()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getSubtitle <em>Subtitle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtitle</em>'.
	 * @see org.sipqm.model.framework.Schedule#getSubtitle()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Subtitle();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.sipqm.model.framework.Schedule#getPurpose()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sipqm.model.framework.Schedule#getKind()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sipqm.model.framework.Schedule#getOrigin()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Origin();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Schedule#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Introduction</em>'.
	 * @see org.sipqm.model.framework.Schedule#getIntroduction()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Introduction();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Schedule#getPurposes <em>Purposes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Purposes</em>'.
	 * @see org.sipqm.model.framework.Schedule#getPurposes()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Purposes();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Schedule#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.sipqm.model.framework.Schedule#getPrinciples()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Principles();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Schedule#getMissingContent <em>Missing Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Content</em>'.
	 * @see org.sipqm.model.framework.Schedule#getMissingContent()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_MissingContent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Schedule#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocols</em>'.
	 * @see org.sipqm.model.framework.Schedule#getProtocols()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Protocols();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Schedule#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.sipqm.model.framework.Schedule#getSections()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Sections();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.sipqm.model.framework.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Section#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.sipqm.model.framework.Section#getCode()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sipqm.model.framework.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Section#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sipqm.model.framework.Section#getOrigin()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Section#getMissingContent <em>Missing Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Content</em>'.
	 * @see org.sipqm.model.framework.Section#getMissingContent()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_MissingContent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Section#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.sipqm.model.framework.Section#getCriteria()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Section#getSubsections <em>Subsections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsections</em>'.
	 * @see org.sipqm.model.framework.Section#getSubsections()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Subsections();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.sipqm.model.framework.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Criterion#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.sipqm.model.framework.Criterion#getCode()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Criterion#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.sipqm.model.framework.Criterion#getStatement()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Statement();

	/**
	 * Returns the meta object for the attribute list '{@link org.sipqm.model.framework.Criterion#getSubItems <em>Sub Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sub Items</em>'.
	 * @see org.sipqm.model.framework.Criterion#getSubItems()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_SubItems();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Criterion#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see org.sipqm.model.framework.Criterion#isCritical()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Critical();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Criterion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sipqm.model.framework.Criterion#getKind()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Criterion#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sipqm.model.framework.Criterion#getOrigin()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Origin();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Criterion#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptors</em>'.
	 * @see org.sipqm.model.framework.Criterion#getDescriptors()
	 * @see #getCriterion()
	 * @generated
	 */
	EReference getCriterion_Descriptors();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor</em>'.
	 * @see org.sipqm.model.framework.Descriptor
	 * @generated
	 */
	EClass getDescriptor();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Descriptor#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.sipqm.model.framework.Descriptor#getColumn()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Descriptor#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sipqm.model.framework.Descriptor#getText()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Descriptor#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sipqm.model.framework.Descriptor#getOrigin()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Origin();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.GradeScale <em>Grade Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grade Scale</em>'.
	 * @see org.sipqm.model.framework.GradeScale
	 * @generated
	 */
	EClass getGradeScale();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeScale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.framework.GradeScale#getName()
	 * @see #getGradeScale()
	 * @generated
	 */
	EAttribute getGradeScale_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.GradeScale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.sipqm.model.framework.GradeScale#getLevels()
	 * @see #getGradeScale()
	 * @generated
	 */
	EReference getGradeScale_Levels();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.GradeLevel <em>Grade Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grade Level</em>'.
	 * @see org.sipqm.model.framework.GradeLevel
	 * @generated
	 */
	EClass getGradeLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeLevel#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.sipqm.model.framework.GradeLevel#getColumn()
	 * @see #getGradeLevel()
	 * @generated
	 */
	EAttribute getGradeLevel_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeLevel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.sipqm.model.framework.GradeLevel#getLabel()
	 * @see #getGradeLevel()
	 * @generated
	 */
	EAttribute getGradeLevel_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeLevel#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vocabulary</em>'.
	 * @see org.sipqm.model.framework.GradeLevel#getVocabulary()
	 * @see #getGradeLevel()
	 * @generated
	 */
	EAttribute getGradeLevel_Vocabulary();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequired <em>Evidence Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Required</em>'.
	 * @see org.sipqm.model.framework.GradeLevel#getEvidenceRequired()
	 * @see #getGradeLevel()
	 * @generated
	 */
	EAttribute getGradeLevel_EvidenceRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.GradeLevel#getEvidenceRequirement <em>Evidence Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Requirement</em>'.
	 * @see org.sipqm.model.framework.GradeLevel#getEvidenceRequirement()
	 * @see #getGradeLevel()
	 * @generated
	 */
	EAttribute getGradeLevel_EvidenceRequirement();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.SupportLevel <em>Support Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Level</em>'.
	 * @see org.sipqm.model.framework.SupportLevel
	 * @generated
	 */
	EClass getSupportLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.SupportLevel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sipqm.model.framework.SupportLevel#getKind()
	 * @see #getSupportLevel()
	 * @generated
	 */
	EAttribute getSupportLevel_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.SupportLevel#getDaysPerTermPerPhase <em>Days Per Term Per Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Per Term Per Phase</em>'.
	 * @see org.sipqm.model.framework.SupportLevel#getDaysPerTermPerPhase()
	 * @see #getSupportLevel()
	 * @generated
	 */
	EAttribute getSupportLevel_DaysPerTermPerPhase();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.SupportLevel#getJointVisitFrequency <em>Joint Visit Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joint Visit Frequency</em>'.
	 * @see org.sipqm.model.framework.SupportLevel#getJointVisitFrequency()
	 * @see #getSupportLevel()
	 * @generated
	 */
	EAttribute getSupportLevel_JointVisitFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.SupportLevel#getJointVisitRule <em>Joint Visit Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joint Visit Rule</em>'.
	 * @see org.sipqm.model.framework.SupportLevel#getJointVisitRule()
	 * @see #getSupportLevel()
	 * @generated
	 */
	EAttribute getSupportLevel_JointVisitRule();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see org.sipqm.model.framework.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Protocol#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.framework.Protocol#getName()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.Protocol#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.sipqm.model.framework.Protocol#getIntroduction()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Introduction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.framework.Protocol#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.sipqm.model.framework.Protocol#getSteps()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Steps();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.framework.ProtocolStep <em>Protocol Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Step</em>'.
	 * @see org.sipqm.model.framework.ProtocolStep
	 * @generated
	 */
	EClass getProtocolStep();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.ProtocolStep#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.sipqm.model.framework.ProtocolStep#getCode()
	 * @see #getProtocolStep()
	 * @generated
	 */
	EAttribute getProtocolStep_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.framework.ProtocolStep#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sipqm.model.framework.ProtocolStep#getText()
	 * @see #getProtocolStep()
	 * @generated
	 */
	EAttribute getProtocolStep_Text();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.framework.ScheduleKind <em>Schedule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Kind</em>'.
	 * @see org.sipqm.model.framework.ScheduleKind
	 * @generated
	 */
	EEnum getScheduleKind();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.framework.CriterionKind <em>Criterion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Kind</em>'.
	 * @see org.sipqm.model.framework.CriterionKind
	 * @generated
	 */
	EEnum getCriterionKind();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.framework.ImpactEvidence <em>Impact Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Impact Evidence</em>'.
	 * @see org.sipqm.model.framework.ImpactEvidence
	 * @generated
	 */
	EEnum getImpactEvidence();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.framework.SupportKind <em>Support Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Support Kind</em>'.
	 * @see org.sipqm.model.framework.SupportKind
	 * @generated
	 */
	EEnum getSupportKind();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.framework.JointVisitFrequency <em>Joint Visit Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Joint Visit Frequency</em>'.
	 * @see org.sipqm.model.framework.JointVisitFrequency
	 * @generated
	 */
	EEnum getJointVisitFrequency();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FrameworkFactory getFrameworkFactory();

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
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.FrameworkImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__ID = eINSTANCE.getFramework_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__NAME = eINSTANCE.getFramework_Name();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__EDITION = eINSTANCE.getFramework_Edition();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__ISSUER = eINSTANCE.getFramework_Issuer();

		/**
		 * The meta object literal for the '<em><b>Date Of Issue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__DATE_OF_ISSUE = eINSTANCE.getFramework_DateOfIssue();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__ORIGIN = eINSTANCE.getFramework_Origin();

		/**
		 * The meta object literal for the '<em><b>Purposes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PURPOSES = eINSTANCE.getFramework_Purposes();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PRINCIPLES = eINSTANCE.getFramework_Principles();

		/**
		 * The meta object literal for the '<em><b>Grade Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__GRADE_SCALE = eINSTANCE.getFramework_GradeScale();

		/**
		 * The meta object literal for the '<em><b>Support Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SUPPORT_LEVELS = eINSTANCE.getFramework_SupportLevels();

		/**
		 * The meta object literal for the '<em><b>Schedules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SCHEDULES = eINSTANCE.getFramework_Schedules();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.ScheduleImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__NUMBER = eINSTANCE.getSchedule_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__TITLE = eINSTANCE.getSchedule_Title();

		/**
		 * The meta object literal for the '<em><b>Subtitle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__SUBTITLE = eINSTANCE.getSchedule_Subtitle();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__PURPOSE = eINSTANCE.getSchedule_Purpose();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__KIND = eINSTANCE.getSchedule_Kind();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__ORIGIN = eINSTANCE.getSchedule_Origin();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__INTRODUCTION = eINSTANCE.getSchedule_Introduction();

		/**
		 * The meta object literal for the '<em><b>Purposes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__PURPOSES = eINSTANCE.getSchedule_Purposes();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__PRINCIPLES = eINSTANCE.getSchedule_Principles();

		/**
		 * The meta object literal for the '<em><b>Missing Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__MISSING_CONTENT = eINSTANCE.getSchedule_MissingContent();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__PROTOCOLS = eINSTANCE.getSchedule_Protocols();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__SECTIONS = eINSTANCE.getSchedule_Sections();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.SectionImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__CODE = eINSTANCE.getSection_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ORIGIN = eINSTANCE.getSection_Origin();

		/**
		 * The meta object literal for the '<em><b>Missing Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__MISSING_CONTENT = eINSTANCE.getSection_MissingContent();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__CRITERIA = eINSTANCE.getSection_Criteria();

		/**
		 * The meta object literal for the '<em><b>Subsections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SUBSECTIONS = eINSTANCE.getSection_Subsections();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.CriterionImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CODE = eINSTANCE.getCriterion_Code();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__STATEMENT = eINSTANCE.getCriterion_Statement();

		/**
		 * The meta object literal for the '<em><b>Sub Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__SUB_ITEMS = eINSTANCE.getCriterion_SubItems();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CRITICAL = eINSTANCE.getCriterion_Critical();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__KIND = eINSTANCE.getCriterion_Kind();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__ORIGIN = eINSTANCE.getCriterion_Origin();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION__DESCRIPTORS = eINSTANCE.getCriterion_Descriptors();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.DescriptorImpl <em>Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.DescriptorImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getDescriptor()
		 * @generated
		 */
		EClass DESCRIPTOR = eINSTANCE.getDescriptor();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__COLUMN = eINSTANCE.getDescriptor_Column();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__TEXT = eINSTANCE.getDescriptor_Text();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__ORIGIN = eINSTANCE.getDescriptor_Origin();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.GradeScaleImpl <em>Grade Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.GradeScaleImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getGradeScale()
		 * @generated
		 */
		EClass GRADE_SCALE = eINSTANCE.getGradeScale();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_SCALE__NAME = eINSTANCE.getGradeScale_Name();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRADE_SCALE__LEVELS = eINSTANCE.getGradeScale_Levels();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.GradeLevelImpl <em>Grade Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.GradeLevelImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getGradeLevel()
		 * @generated
		 */
		EClass GRADE_LEVEL = eINSTANCE.getGradeLevel();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_LEVEL__COLUMN = eINSTANCE.getGradeLevel_Column();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_LEVEL__LABEL = eINSTANCE.getGradeLevel_Label();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_LEVEL__VOCABULARY = eINSTANCE.getGradeLevel_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Evidence Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_LEVEL__EVIDENCE_REQUIRED = eINSTANCE.getGradeLevel_EvidenceRequired();

		/**
		 * The meta object literal for the '<em><b>Evidence Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_LEVEL__EVIDENCE_REQUIREMENT = eINSTANCE.getGradeLevel_EvidenceRequirement();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.SupportLevelImpl <em>Support Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.SupportLevelImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSupportLevel()
		 * @generated
		 */
		EClass SUPPORT_LEVEL = eINSTANCE.getSupportLevel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_LEVEL__KIND = eINSTANCE.getSupportLevel_Kind();

		/**
		 * The meta object literal for the '<em><b>Days Per Term Per Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_LEVEL__DAYS_PER_TERM_PER_PHASE = eINSTANCE.getSupportLevel_DaysPerTermPerPhase();

		/**
		 * The meta object literal for the '<em><b>Joint Visit Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_LEVEL__JOINT_VISIT_FREQUENCY = eINSTANCE.getSupportLevel_JointVisitFrequency();

		/**
		 * The meta object literal for the '<em><b>Joint Visit Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_LEVEL__JOINT_VISIT_RULE = eINSTANCE.getSupportLevel_JointVisitRule();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.ProtocolImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__NAME = eINSTANCE.getProtocol_Name();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__INTRODUCTION = eINSTANCE.getProtocol_Introduction();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__STEPS = eINSTANCE.getProtocol_Steps();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.impl.ProtocolStepImpl <em>Protocol Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.impl.ProtocolStepImpl
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getProtocolStep()
		 * @generated
		 */
		EClass PROTOCOL_STEP = eINSTANCE.getProtocolStep();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_STEP__CODE = eINSTANCE.getProtocolStep_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_STEP__TEXT = eINSTANCE.getProtocolStep_Text();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.ScheduleKind <em>Schedule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.ScheduleKind
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getScheduleKind()
		 * @generated
		 */
		EEnum SCHEDULE_KIND = eINSTANCE.getScheduleKind();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.CriterionKind <em>Criterion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.CriterionKind
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getCriterionKind()
		 * @generated
		 */
		EEnum CRITERION_KIND = eINSTANCE.getCriterionKind();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.ImpactEvidence <em>Impact Evidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.ImpactEvidence
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getImpactEvidence()
		 * @generated
		 */
		EEnum IMPACT_EVIDENCE = eINSTANCE.getImpactEvidence();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.SupportKind <em>Support Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.SupportKind
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getSupportKind()
		 * @generated
		 */
		EEnum SUPPORT_KIND = eINSTANCE.getSupportKind();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.framework.JointVisitFrequency <em>Joint Visit Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.framework.JointVisitFrequency
		 * @see org.sipqm.model.framework.impl.FrameworkPackageImpl#getJointVisitFrequency()
		 * @generated
		 */
		EEnum JOINT_VISIT_FREQUENCY = eINSTANCE.getJointVisitFrequency();

	}

} //FrameworkPackage
