/**
 */
package org.sipqm.model.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Indicator Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.evaluation.EvaluationPackage#getIndicatorKind()
 * @model
 * @generated
 */
public enum IndicatorKind implements Enumerator {
	/**
	 * The '<em><b>OFSTED LEADERSHIP AND MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFSTED_LEADERSHIP_AND_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	OFSTED_LEADERSHIP_AND_MANAGEMENT(0, "OFSTED_LEADERSHIP_AND_MANAGEMENT", "ofstedLeadershipAndManagement"),

	/**
	 * The '<em><b>OFSTED SELF EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFSTED_SELF_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	OFSTED_SELF_EVALUATION(1, "OFSTED_SELF_EVALUATION", "ofstedSelfEvaluation"),

	/**
	 * The '<em><b>ATTAINMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTAINMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ATTAINMENT(2, "ATTAINMENT", "attainment"),

	/**
	 * The '<em><b>ATTENDANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	ATTENDANCE(3, "ATTENDANCE", "attendance"),

	/**
	 * The '<em><b>EXCLUSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUSIONS(4, "EXCLUSIONS", "exclusions");

	/**
	 * The '<em><b>OFSTED LEADERSHIP AND MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFSTED_LEADERSHIP_AND_MANAGEMENT
	 * @model literal="ofstedLeadershipAndManagement"
	 * @generated
	 * @ordered
	 */
	public static final int OFSTED_LEADERSHIP_AND_MANAGEMENT_VALUE = 0;

	/**
	 * The '<em><b>OFSTED SELF EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFSTED_SELF_EVALUATION
	 * @model literal="ofstedSelfEvaluation"
	 * @generated
	 * @ordered
	 */
	public static final int OFSTED_SELF_EVALUATION_VALUE = 1;

	/**
	 * The '<em><b>ATTAINMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTAINMENT
	 * @model literal="attainment"
	 * @generated
	 * @ordered
	 */
	public static final int ATTAINMENT_VALUE = 2;

	/**
	 * The '<em><b>ATTENDANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDANCE
	 * @model literal="attendance"
	 * @generated
	 * @ordered
	 */
	public static final int ATTENDANCE_VALUE = 3;

	/**
	 * The '<em><b>EXCLUSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSIONS
	 * @model literal="exclusions"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUSIONS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Indicator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IndicatorKind[] VALUES_ARRAY =
		new IndicatorKind[] {
			OFSTED_LEADERSHIP_AND_MANAGEMENT,
			OFSTED_SELF_EVALUATION,
			ATTAINMENT,
			ATTENDANCE,
			EXCLUSIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Indicator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IndicatorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Indicator Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorKind get(int value) {
		switch (value) {
			case OFSTED_LEADERSHIP_AND_MANAGEMENT_VALUE: return OFSTED_LEADERSHIP_AND_MANAGEMENT;
			case OFSTED_SELF_EVALUATION_VALUE: return OFSTED_SELF_EVALUATION;
			case ATTAINMENT_VALUE: return ATTAINMENT;
			case ATTENDANCE_VALUE: return ATTENDANCE;
			case EXCLUSIONS_VALUE: return EXCLUSIONS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private IndicatorKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //IndicatorKind
