/**
 */
package org.sipqm.model.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Discussion Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.evaluation.EvaluationPackage#getDiscussionMode()
 * @model
 * @generated
 */
public enum DiscussionMode implements Enumerator {
	/**
	 * The '<em><b>SCHOOL VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL_VISIT(0, "SCHOOL_VISIT", "schoolVisit"),

	/**
	 * The '<em><b>TELEPHONE CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEPHONE_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	TELEPHONE_CALL(1, "TELEPHONE_CALL", "telephoneCall");

	/**
	 * The '<em><b>SCHOOL VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_VISIT
	 * @model literal="schoolVisit"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VISIT_VALUE = 0;

	/**
	 * The '<em><b>TELEPHONE CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEPHONE_CALL
	 * @model literal="telephoneCall"
	 * @generated
	 * @ordered
	 */
	public static final int TELEPHONE_CALL_VALUE = 1;

	/**
	 * An array of all the '<em><b>Discussion Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiscussionMode[] VALUES_ARRAY =
		new DiscussionMode[] {
			SCHOOL_VISIT,
			TELEPHONE_CALL,
		};

	/**
	 * A public read-only list of all the '<em><b>Discussion Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiscussionMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Discussion Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscussionMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiscussionMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discussion Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscussionMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiscussionMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discussion Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscussionMode get(int value) {
		switch (value) {
			case SCHOOL_VISIT_VALUE: return SCHOOL_VISIT;
			case TELEPHONE_CALL_VALUE: return TELEPHONE_CALL;
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
	private DiscussionMode(int value, String name, String literal) {
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
	
} //DiscussionMode
