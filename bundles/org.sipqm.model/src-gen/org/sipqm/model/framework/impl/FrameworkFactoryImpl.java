/**
 */
package org.sipqm.model.framework.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.sipqm.model.framework.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FrameworkFactoryImpl extends EFactoryImpl implements FrameworkFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FrameworkFactory init() {
		try {
			FrameworkFactory theFrameworkFactory = (FrameworkFactory)EPackage.Registry.INSTANCE.getEFactory(FrameworkPackage.eNS_URI);
			if (theFrameworkFactory != null) {
				return theFrameworkFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FrameworkFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FrameworkPackage.FRAMEWORK: return createFramework();
			case FrameworkPackage.SCHEDULE: return createSchedule();
			case FrameworkPackage.SECTION: return createSection();
			case FrameworkPackage.CRITERION: return createCriterion();
			case FrameworkPackage.DESCRIPTOR: return createDescriptor();
			case FrameworkPackage.GRADE_SCALE: return createGradeScale();
			case FrameworkPackage.GRADE_LEVEL: return createGradeLevel();
			case FrameworkPackage.SUPPORT_LEVEL: return createSupportLevel();
			case FrameworkPackage.PROTOCOL: return createProtocol();
			case FrameworkPackage.PROTOCOL_STEP: return createProtocolStep();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FrameworkPackage.SCHEDULE_KIND:
				return createScheduleKindFromString(eDataType, initialValue);
			case FrameworkPackage.CRITERION_KIND:
				return createCriterionKindFromString(eDataType, initialValue);
			case FrameworkPackage.IMPACT_EVIDENCE:
				return createImpactEvidenceFromString(eDataType, initialValue);
			case FrameworkPackage.SUPPORT_KIND:
				return createSupportKindFromString(eDataType, initialValue);
			case FrameworkPackage.JOINT_VISIT_FREQUENCY:
				return createJointVisitFrequencyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FrameworkPackage.SCHEDULE_KIND:
				return convertScheduleKindToString(eDataType, instanceValue);
			case FrameworkPackage.CRITERION_KIND:
				return convertCriterionKindToString(eDataType, instanceValue);
			case FrameworkPackage.IMPACT_EVIDENCE:
				return convertImpactEvidenceToString(eDataType, instanceValue);
			case FrameworkPackage.SUPPORT_KIND:
				return convertSupportKindToString(eDataType, instanceValue);
			case FrameworkPackage.JOINT_VISIT_FREQUENCY:
				return convertJointVisitFrequencyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework createFramework() {
		FrameworkImpl framework = new FrameworkImpl();
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule createSchedule() {
		ScheduleImpl schedule = new ScheduleImpl();
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Descriptor createDescriptor() {
		DescriptorImpl descriptor = new DescriptorImpl();
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradeScale createGradeScale() {
		GradeScaleImpl gradeScale = new GradeScaleImpl();
		return gradeScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradeLevel createGradeLevel() {
		GradeLevelImpl gradeLevel = new GradeLevelImpl();
		return gradeLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportLevel createSupportLevel() {
		SupportLevelImpl supportLevel = new SupportLevelImpl();
		return supportLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol createProtocol() {
		ProtocolImpl protocol = new ProtocolImpl();
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolStep createProtocolStep() {
		ProtocolStepImpl protocolStep = new ProtocolStepImpl();
		return protocolStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleKind createScheduleKindFromString(EDataType eDataType, String initialValue) {
		ScheduleKind result = ScheduleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionKind createCriterionKindFromString(EDataType eDataType, String initialValue) {
		CriterionKind result = CriterionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImpactEvidence createImpactEvidenceFromString(EDataType eDataType, String initialValue) {
		ImpactEvidence result = ImpactEvidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImpactEvidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupportKind createSupportKindFromString(EDataType eDataType, String initialValue) {
		SupportKind result = SupportKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupportKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JointVisitFrequency createJointVisitFrequencyFromString(EDataType eDataType, String initialValue) {
		JointVisitFrequency result = JointVisitFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJointVisitFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkPackage getFrameworkPackage() {
		return (FrameworkPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FrameworkPackage getPackage() {
		return FrameworkPackage.eINSTANCE;
	}

} //FrameworkFactoryImpl
