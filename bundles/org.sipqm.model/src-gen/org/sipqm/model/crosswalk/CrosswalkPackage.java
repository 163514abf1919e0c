/**
 */
package org.sipqm.model.crosswalk;

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
 * A crosswalk: how the criteria of a local quality management framework relate to the criteria of the national framework, or of one edition to another.
 * <!-- end-model-doc -->
 * @see org.sipqm.model.crosswalk.CrosswalkFactory
 * @model kind="package"
 * @generated
 */
public interface CrosswalkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "crosswalk";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sipqm.org/model/crosswalk/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "crosswalk";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrosswalkPackage eINSTANCE = org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl <em>Crosswalk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkImpl
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getCrosswalk()
	 * @generated
	 */
	int CROSSWALK = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__SOURCE_EDITION = 1;

	/**
	 * The feature id for the '<em><b>Target Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__TARGET_EDITION = 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__MAPPINGS = 3;

	/**
	 * The feature id for the '<em><b>Rejections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK__REJECTIONS = 4;

	/**
	 * The number of structural features of the '<em>Crosswalk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Crosswalk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSWALK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.crosswalk.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.crosswalk.impl.MappingImpl
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Local Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LOCAL_CRITERION = 0;

	/**
	 * The feature id for the '<em><b>National Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__NATIONAL_CRITERION = 1;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__RELATIONSHIP = 2;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__STRENGTH = 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__RATIONALE = 4;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__REVIEWER = 5;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__REVIEWED_ON = 6;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.crosswalk.impl.RejectionImpl <em>Rejection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.crosswalk.impl.RejectionImpl
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getRejection()
	 * @generated
	 */
	int REJECTION = 2;

	/**
	 * The feature id for the '<em><b>Local Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__LOCAL_CRITERION = 0;

	/**
	 * The feature id for the '<em><b>National Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__NATIONAL_CRITERION = 1;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__REVIEWER = 2;

	/**
	 * The feature id for the '<em><b>Rejected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__REJECTED_ON = 3;

	/**
	 * The number of structural features of the '<em>Rejection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rejection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sipqm.model.crosswalk.Relationship <em>Relationship</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.crosswalk.Relationship
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 3;

	/**
	 * The meta object id for the '{@link org.sipqm.model.crosswalk.Strength <em>Strength</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sipqm.model.crosswalk.Strength
	 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getStrength()
	 * @generated
	 */
	int STRENGTH = 4;


	/**
	 * Returns the meta object for class '{@link org.sipqm.model.crosswalk.Crosswalk <em>Crosswalk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crosswalk</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk
	 * @generated
	 */
	EClass getCrosswalk();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Crosswalk#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk#getName()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EAttribute getCrosswalk_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Crosswalk#getSourceEdition <em>Source Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Edition</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk#getSourceEdition()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EAttribute getCrosswalk_SourceEdition();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Crosswalk#getTargetEdition <em>Target Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Edition</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk#getTargetEdition()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EAttribute getCrosswalk_TargetEdition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.crosswalk.Crosswalk#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk#getMappings()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sipqm.model.crosswalk.Crosswalk#getRejections <em>Rejections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejections</em>'.
	 * @see org.sipqm.model.crosswalk.Crosswalk#getRejections()
	 * @see #getCrosswalk()
	 * @generated
	 */
	EReference getCrosswalk_Rejections();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.crosswalk.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getLocalCriterion <em>Local Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Criterion</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getLocalCriterion()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_LocalCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getNationalCriterion <em>National Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>National Criterion</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getNationalCriterion()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_NationalCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getRelationship()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getStrength()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getRationale()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getReviewer()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Mapping#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.sipqm.model.crosswalk.Mapping#getReviewedOn()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_ReviewedOn();

	/**
	 * Returns the meta object for class '{@link org.sipqm.model.crosswalk.Rejection <em>Rejection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rejection</em>'.
	 * @see org.sipqm.model.crosswalk.Rejection
	 * @generated
	 */
	EClass getRejection();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Rejection#getLocalCriterion <em>Local Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Criterion</em>'.
	 * @see org.sipqm.model.crosswalk.Rejection#getLocalCriterion()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_LocalCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Rejection#getNationalCriterion <em>National Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>National Criterion</em>'.
	 * @see org.sipqm.model.crosswalk.Rejection#getNationalCriterion()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_NationalCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Rejection#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.sipqm.model.crosswalk.Rejection#getReviewer()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.sipqm.model.crosswalk.Rejection#getRejectedOn <em>Rejected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejected On</em>'.
	 * @see org.sipqm.model.crosswalk.Rejection#getRejectedOn()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_RejectedOn();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.crosswalk.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship</em>'.
	 * @see org.sipqm.model.crosswalk.Relationship
	 * @generated
	 */
	EEnum getRelationship();

	/**
	 * Returns the meta object for enum '{@link org.sipqm.model.crosswalk.Strength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strength</em>'.
	 * @see org.sipqm.model.crosswalk.Strength
	 * @generated
	 */
	EEnum getStrength();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CrosswalkFactory getCrosswalkFactory();

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
		 * The meta object literal for the '{@link org.sipqm.model.crosswalk.impl.CrosswalkImpl <em>Crosswalk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkImpl
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getCrosswalk()
		 * @generated
		 */
		EClass CROSSWALK = eINSTANCE.getCrosswalk();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSWALK__NAME = eINSTANCE.getCrosswalk_Name();

		/**
		 * The meta object literal for the '<em><b>Source Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSWALK__SOURCE_EDITION = eINSTANCE.getCrosswalk_SourceEdition();

		/**
		 * The meta object literal for the '<em><b>Target Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSWALK__TARGET_EDITION = eINSTANCE.getCrosswalk_TargetEdition();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__MAPPINGS = eINSTANCE.getCrosswalk_Mappings();

		/**
		 * The meta object literal for the '<em><b>Rejections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSWALK__REJECTIONS = eINSTANCE.getCrosswalk_Rejections();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.crosswalk.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.crosswalk.impl.MappingImpl
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Local Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__LOCAL_CRITERION = eINSTANCE.getMapping_LocalCriterion();

		/**
		 * The meta object literal for the '<em><b>National Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__NATIONAL_CRITERION = eINSTANCE.getMapping_NationalCriterion();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__RELATIONSHIP = eINSTANCE.getMapping_Relationship();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__STRENGTH = eINSTANCE.getMapping_Strength();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__RATIONALE = eINSTANCE.getMapping_Rationale();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__REVIEWER = eINSTANCE.getMapping_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__REVIEWED_ON = eINSTANCE.getMapping_ReviewedOn();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.crosswalk.impl.RejectionImpl <em>Rejection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.crosswalk.impl.RejectionImpl
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getRejection()
		 * @generated
		 */
		EClass REJECTION = eINSTANCE.getRejection();

		/**
		 * The meta object literal for the '<em><b>Local Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__LOCAL_CRITERION = eINSTANCE.getRejection_LocalCriterion();

		/**
		 * The meta object literal for the '<em><b>National Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__NATIONAL_CRITERION = eINSTANCE.getRejection_NationalCriterion();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__REVIEWER = eINSTANCE.getRejection_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Rejected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__REJECTED_ON = eINSTANCE.getRejection_RejectedOn();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.crosswalk.Relationship <em>Relationship</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.crosswalk.Relationship
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getRelationship()
		 * @generated
		 */
		EEnum RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '{@link org.sipqm.model.crosswalk.Strength <em>Strength</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sipqm.model.crosswalk.Strength
		 * @see org.sipqm.model.crosswalk.impl.CrosswalkPackageImpl#getStrength()
		 * @generated
		 */
		EEnum STRENGTH = eINSTANCE.getStrength();

	}

} //CrosswalkPackage
