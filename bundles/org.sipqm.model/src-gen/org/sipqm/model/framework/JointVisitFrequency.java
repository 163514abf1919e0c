/**
 */
package org.sipqm.model.framework;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Joint Visit Frequency</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.framework.FrameworkPackage#getJointVisitFrequency()
 * @model
 * @generated
 */
public enum JointVisitFrequency implements Enumerator {
	/**
	 * The '<em><b>EACH TERM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_TERM_VALUE
	 * @generated
	 * @ordered
	 */
	EACH_TERM(0, "EACH_TERM", "eachTerm"),

	/**
	 * The '<em><b>EACH YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	EACH_YEAR(1, "EACH_YEAR", "eachYear"),

	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REQUIRED(2, "NOT_REQUIRED", "notRequired");

	/**
	 * The '<em><b>EACH TERM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_TERM
	 * @model literal="eachTerm"
	 * @generated
	 * @ordered
	 */
	public static final int EACH_TERM_VALUE = 0;

	/**
	 * The '<em><b>EACH YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_YEAR
	 * @model literal="eachYear"
	 * @generated
	 * @ordered
	 */
	public static final int EACH_YEAR_VALUE = 1;

	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REQUIRED
	 * @model literal="notRequired"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REQUIRED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Joint Visit Frequency</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JointVisitFrequency[] VALUES_ARRAY =
		new JointVisitFrequency[] {
			EACH_TERM,
			EACH_YEAR,
			NOT_REQUIRED,
		};

	/**
	 * A public read-only list of all the '<em><b>Joint Visit Frequency</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JointVisitFrequency> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Joint Visit Frequency</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JointVisitFrequency get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JointVisitFrequency result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Joint Visit Frequency</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JointVisitFrequency getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JointVisitFrequency result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Joint Visit Frequency</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JointVisitFrequency get(int value) {
		switch (value) {
			case EACH_TERM_VALUE: return EACH_TERM;
			case EACH_YEAR_VALUE: return EACH_YEAR;
			case NOT_REQUIRED_VALUE: return NOT_REQUIRED;
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
	private JointVisitFrequency(int value, String name, String literal) {
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
	
} //JointVisitFrequency
