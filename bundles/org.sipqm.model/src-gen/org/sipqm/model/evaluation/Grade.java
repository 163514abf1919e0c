/**
 */
package org.sipqm.model.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Grade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.evaluation.EvaluationPackage#getGrade()
 * @model
 * @generated
 */
public enum Grade implements Enumerator {
	/**
	 * The '<em><b>NOT JUDGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_JUDGED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_JUDGED(0, "NOT_JUDGED", "notJudged"),

	/**
	 * The '<em><b>OUTSTANDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING_VALUE
	 * @generated
	 * @ordered
	 */
	OUTSTANDING(1, "OUTSTANDING", "outstanding"),

	/**
	 * The '<em><b>GOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD_VALUE
	 * @generated
	 * @ordered
	 */
	GOOD(2, "GOOD", "good"),

	/**
	 * The '<em><b>REQUIRES SOME IMPROVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_SOME_IMPROVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRES_SOME_IMPROVEMENT(3, "REQUIRES_SOME_IMPROVEMENT", "requiresSomeImprovement"),

	/**
	 * The '<em><b>REQUIRES SUBSTANTIAL IMPROVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_SUBSTANTIAL_IMPROVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRES_SUBSTANTIAL_IMPROVEMENT(4, "REQUIRES_SUBSTANTIAL_IMPROVEMENT", "requiresSubstantialImprovement");

	/**
	 * The '<em><b>NOT JUDGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_JUDGED
	 * @model literal="notJudged"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_JUDGED_VALUE = 0;

	/**
	 * The '<em><b>OUTSTANDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING
	 * @model literal="outstanding"
	 * @generated
	 * @ordered
	 */
	public static final int OUTSTANDING_VALUE = 1;

	/**
	 * The '<em><b>GOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD
	 * @model literal="good"
	 * @generated
	 * @ordered
	 */
	public static final int GOOD_VALUE = 2;

	/**
	 * The '<em><b>REQUIRES SOME IMPROVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_SOME_IMPROVEMENT
	 * @model literal="requiresSomeImprovement"
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRES_SOME_IMPROVEMENT_VALUE = 3;

	/**
	 * The '<em><b>REQUIRES SUBSTANTIAL IMPROVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_SUBSTANTIAL_IMPROVEMENT
	 * @model literal="requiresSubstantialImprovement"
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRES_SUBSTANTIAL_IMPROVEMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Grade[] VALUES_ARRAY =
		new Grade[] {
			NOT_JUDGED,
			OUTSTANDING,
			GOOD,
			REQUIRES_SOME_IMPROVEMENT,
			REQUIRES_SUBSTANTIAL_IMPROVEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Grade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Grade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Grade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Grade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Grade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Grade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Grade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Grade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Grade get(int value) {
		switch (value) {
			case NOT_JUDGED_VALUE: return NOT_JUDGED;
			case OUTSTANDING_VALUE: return OUTSTANDING;
			case GOOD_VALUE: return GOOD;
			case REQUIRES_SOME_IMPROVEMENT_VALUE: return REQUIRES_SOME_IMPROVEMENT;
			case REQUIRES_SUBSTANTIAL_IMPROVEMENT_VALUE: return REQUIRES_SUBSTANTIAL_IMPROVEMENT;
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
	private Grade(int value, String name, String literal) {
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
	
} //Grade
