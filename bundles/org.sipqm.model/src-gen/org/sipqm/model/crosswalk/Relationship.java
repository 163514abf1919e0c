/**
 */
package org.sipqm.model.crosswalk;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relationship</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.crosswalk.CrosswalkPackage#getRelationship()
 * @model
 * @generated
 */
public enum Relationship implements Enumerator {
	/**
	 * The '<em><b>EQUIVALENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIVALENT_VALUE
	 * @generated
	 * @ordered
	 */
	EQUIVALENT(0, "EQUIVALENT", "equivalent"),

	/**
	 * The '<em><b>LOCAL NARROWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_NARROWER_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_NARROWER(1, "LOCAL_NARROWER", "localNarrower"),

	/**
	 * The '<em><b>LOCAL BROADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_BROADER_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_BROADER(2, "LOCAL_BROADER", "localBroader"),

	/**
	 * The '<em><b>OVERLAPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERLAPS_VALUE
	 * @generated
	 * @ordered
	 */
	OVERLAPS(3, "OVERLAPS", "overlaps"),

	/**
	 * The '<em><b>NO COUNTERPART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_COUNTERPART_VALUE
	 * @generated
	 * @ordered
	 */
	NO_COUNTERPART(4, "NO_COUNTERPART", "noCounterpart");

	/**
	 * The '<em><b>EQUIVALENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIVALENT
	 * @model literal="equivalent"
	 * @generated
	 * @ordered
	 */
	public static final int EQUIVALENT_VALUE = 0;

	/**
	 * The '<em><b>LOCAL NARROWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_NARROWER
	 * @model literal="localNarrower"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_NARROWER_VALUE = 1;

	/**
	 * The '<em><b>LOCAL BROADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_BROADER
	 * @model literal="localBroader"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_BROADER_VALUE = 2;

	/**
	 * The '<em><b>OVERLAPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERLAPS
	 * @model literal="overlaps"
	 * @generated
	 * @ordered
	 */
	public static final int OVERLAPS_VALUE = 3;

	/**
	 * The '<em><b>NO COUNTERPART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_COUNTERPART
	 * @model literal="noCounterpart"
	 * @generated
	 * @ordered
	 */
	public static final int NO_COUNTERPART_VALUE = 4;

	/**
	 * An array of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Relationship[] VALUES_ARRAY =
		new Relationship[] {
			EQUIVALENT,
			LOCAL_NARROWER,
			LOCAL_BROADER,
			OVERLAPS,
			NO_COUNTERPART,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Relationship> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(int value) {
		switch (value) {
			case EQUIVALENT_VALUE: return EQUIVALENT;
			case LOCAL_NARROWER_VALUE: return LOCAL_NARROWER;
			case LOCAL_BROADER_VALUE: return LOCAL_BROADER;
			case OVERLAPS_VALUE: return OVERLAPS;
			case NO_COUNTERPART_VALUE: return NO_COUNTERPART;
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
	private Relationship(int value, String name, String literal) {
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
	
} //Relationship
