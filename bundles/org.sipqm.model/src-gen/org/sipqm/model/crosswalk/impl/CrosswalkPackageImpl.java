/**
 */
package org.sipqm.model.crosswalk.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.CrosswalkFactory;
import org.sipqm.model.crosswalk.CrosswalkPackage;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Rejection;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

import org.sipqm.model.evaluation.EvaluationPackage;

import org.sipqm.model.evaluation.impl.EvaluationPackageImpl;

import org.sipqm.model.framework.FrameworkPackage;

import org.sipqm.model.framework.impl.FrameworkPackageImpl;

import org.sipqm.model.organisation.OrganisationPackage;

import org.sipqm.model.organisation.impl.OrganisationPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrosswalkPackageImpl extends EPackageImpl implements CrosswalkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crosswalkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rejectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strengthEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.sipqm.model.crosswalk.CrosswalkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CrosswalkPackageImpl() {
		super(eNS_URI, CrosswalkFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CrosswalkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CrosswalkPackage init() {
		if (isInited) return (CrosswalkPackage)EPackage.Registry.INSTANCE.getEPackage(CrosswalkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCrosswalkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CrosswalkPackageImpl theCrosswalkPackage = registeredCrosswalkPackage instanceof CrosswalkPackageImpl ? (CrosswalkPackageImpl)registeredCrosswalkPackage : new CrosswalkPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FrameworkPackage.eNS_URI);
		FrameworkPackageImpl theFrameworkPackage = (FrameworkPackageImpl)(registeredPackage instanceof FrameworkPackageImpl ? registeredPackage : FrameworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		OrganisationPackageImpl theOrganisationPackage = (OrganisationPackageImpl)(registeredPackage instanceof OrganisationPackageImpl ? registeredPackage : OrganisationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);
		EvaluationPackageImpl theEvaluationPackage = (EvaluationPackageImpl)(registeredPackage instanceof EvaluationPackageImpl ? registeredPackage : EvaluationPackage.eINSTANCE);

		// Create package meta-data objects
		theCrosswalkPackage.createPackageContents();
		theFrameworkPackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		theEvaluationPackage.createPackageContents();

		// Initialize created meta-data
		theCrosswalkPackage.initializePackageContents();
		theFrameworkPackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		theEvaluationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCrosswalkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CrosswalkPackage.eNS_URI, theCrosswalkPackage);
		return theCrosswalkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrosswalk() {
		return crosswalkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrosswalk_Name() {
		return (EAttribute)crosswalkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrosswalk_SourceEdition() {
		return (EAttribute)crosswalkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrosswalk_TargetEdition() {
		return (EAttribute)crosswalkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_Mappings() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrosswalk_Rejections() {
		return (EReference)crosswalkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMapping() {
		return mappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_LocalCriterion() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_NationalCriterion() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Relationship() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Strength() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Rationale() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Reviewer() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_ReviewedOn() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRejection() {
		return rejectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejection_LocalCriterion() {
		return (EAttribute)rejectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejection_NationalCriterion() {
		return (EAttribute)rejectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejection_Reviewer() {
		return (EAttribute)rejectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejection_RejectedOn() {
		return (EAttribute)rejectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationship() {
		return relationshipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrength() {
		return strengthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrosswalkFactory getCrosswalkFactory() {
		return (CrosswalkFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		crosswalkEClass = createEClass(CROSSWALK);
		createEAttribute(crosswalkEClass, CROSSWALK__NAME);
		createEAttribute(crosswalkEClass, CROSSWALK__SOURCE_EDITION);
		createEAttribute(crosswalkEClass, CROSSWALK__TARGET_EDITION);
		createEReference(crosswalkEClass, CROSSWALK__MAPPINGS);
		createEReference(crosswalkEClass, CROSSWALK__REJECTIONS);

		mappingEClass = createEClass(MAPPING);
		createEAttribute(mappingEClass, MAPPING__LOCAL_CRITERION);
		createEAttribute(mappingEClass, MAPPING__NATIONAL_CRITERION);
		createEAttribute(mappingEClass, MAPPING__RELATIONSHIP);
		createEAttribute(mappingEClass, MAPPING__STRENGTH);
		createEAttribute(mappingEClass, MAPPING__RATIONALE);
		createEAttribute(mappingEClass, MAPPING__REVIEWER);
		createEAttribute(mappingEClass, MAPPING__REVIEWED_ON);

		rejectionEClass = createEClass(REJECTION);
		createEAttribute(rejectionEClass, REJECTION__LOCAL_CRITERION);
		createEAttribute(rejectionEClass, REJECTION__NATIONAL_CRITERION);
		createEAttribute(rejectionEClass, REJECTION__REVIEWER);
		createEAttribute(rejectionEClass, REJECTION__REJECTED_ON);

		// Create enums
		relationshipEEnum = createEEnum(RELATIONSHIP);
		strengthEEnum = createEEnum(STRENGTH);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		EvaluationPackage theEvaluationPackage = (EvaluationPackage)EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(crosswalkEClass, Crosswalk.class, "Crosswalk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrosswalk_Name(), ecorePackage.getEString(), "name", null, 0, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrosswalk_SourceEdition(), ecorePackage.getEString(), "sourceEdition", null, 1, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrosswalk_TargetEdition(), ecorePackage.getEString(), "targetEdition", null, 1, 1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_Mappings(), this.getMapping(), null, "mappings", null, 0, -1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrosswalk_Rejections(), this.getRejection(), null, "rejections", null, 0, -1, Crosswalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mappingEClass, Mapping.class, "Mapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMapping_LocalCriterion(), ecorePackage.getEString(), "localCriterion", null, 1, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_NationalCriterion(), ecorePackage.getEString(), "nationalCriterion", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_Relationship(), this.getRelationship(), "relationship", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_Strength(), this.getStrength(), "strength", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_ReviewedOn(), theEvaluationPackage.getLocalDate(), "reviewedOn", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rejectionEClass, Rejection.class, "Rejection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRejection_LocalCriterion(), ecorePackage.getEString(), "localCriterion", null, 1, 1, Rejection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejection_NationalCriterion(), ecorePackage.getEString(), "nationalCriterion", null, 1, 1, Rejection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejection_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Rejection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejection_RejectedOn(), theEvaluationPackage.getLocalDate(), "rejectedOn", null, 0, 1, Rejection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(relationshipEEnum, Relationship.class, "Relationship");
		addEEnumLiteral(relationshipEEnum, Relationship.EQUIVALENT);
		addEEnumLiteral(relationshipEEnum, Relationship.LOCAL_NARROWER);
		addEEnumLiteral(relationshipEEnum, Relationship.LOCAL_BROADER);
		addEEnumLiteral(relationshipEEnum, Relationship.OVERLAPS);
		addEEnumLiteral(relationshipEEnum, Relationship.NO_COUNTERPART);

		initEEnum(strengthEEnum, Strength.class, "Strength");
		addEEnumLiteral(strengthEEnum, Strength.WEAK);
		addEEnumLiteral(strengthEEnum, Strength.MODERATE);
		addEEnumLiteral(strengthEEnum, Strength.STRONG);

		// Create resource
		createResource(eNS_URI);
	}

} //CrosswalkPackageImpl
