/**
 */
package org.sipqm.model.framework;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Schedule Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.framework.FrameworkPackage#getScheduleKind()
 * @model
 * @generated
 */
public enum ScheduleKind implements Enumerator {
	/**
	 * The '<em><b>LA PROCESSES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PROCESSES_VALUE
	 * @generated
	 * @ordered
	 */
	LA_PROCESSES(0, "LA_PROCESSES", "laProcesses"),

	/**
	 * The '<em><b>INTERACTIONS WITH SCHOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTIONS_WITH_SCHOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	INTERACTIONS_WITH_SCHOOLS(1, "INTERACTIONS_WITH_SCHOOLS", "interactionsWithSchools"),

	/**
	 * The '<em><b>SHADOWING VISITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHADOWING_VISITS_VALUE
	 * @generated
	 * @ordered
	 */
	SHADOWING_VISITS(2, "SHADOWING_VISITS", "shadowingVisits"),

	/**
	 * The '<em><b>LA PRACTICE CRITERIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PRACTICE_CRITERIA_VALUE
	 * @generated
	 * @ordered
	 */
	LA_PRACTICE_CRITERIA(3, "LA_PRACTICE_CRITERIA", "laPracticeCriteria"),

	/**
	 * The '<em><b>LOCAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL(4, "LOCAL", "local");

	/**
	 * The '<em><b>LA PROCESSES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PROCESSES
	 * @model literal="laProcesses"
	 * @generated
	 * @ordered
	 */
	public static final int LA_PROCESSES_VALUE = 0;

	/**
	 * The '<em><b>INTERACTIONS WITH SCHOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTIONS_WITH_SCHOOLS
	 * @model literal="interactionsWithSchools"
	 * @generated
	 * @ordered
	 */
	public static final int INTERACTIONS_WITH_SCHOOLS_VALUE = 1;

	/**
	 * The '<em><b>SHADOWING VISITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHADOWING_VISITS
	 * @model literal="shadowingVisits"
	 * @generated
	 * @ordered
	 */
	public static final int SHADOWING_VISITS_VALUE = 2;

	/**
	 * The '<em><b>LA PRACTICE CRITERIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PRACTICE_CRITERIA
	 * @model literal="laPracticeCriteria"
	 * @generated
	 * @ordered
	 */
	public static final int LA_PRACTICE_CRITERIA_VALUE = 3;

	/**
	 * The '<em><b>LOCAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL
	 * @model literal="local"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Schedule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScheduleKind[] VALUES_ARRAY =
		new ScheduleKind[] {
			LA_PROCESSES,
			INTERACTIONS_WITH_SCHOOLS,
			SHADOWING_VISITS,
			LA_PRACTICE_CRITERIA,
			LOCAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Schedule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScheduleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Schedule Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScheduleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Schedule Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScheduleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Schedule Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScheduleKind get(int value) {
		switch (value) {
			case LA_PROCESSES_VALUE: return LA_PROCESSES;
			case INTERACTIONS_WITH_SCHOOLS_VALUE: return INTERACTIONS_WITH_SCHOOLS;
			case SHADOWING_VISITS_VALUE: return SHADOWING_VISITS;
			case LA_PRACTICE_CRITERIA_VALUE: return LA_PRACTICE_CRITERIA;
			case LOCAL_VALUE: return LOCAL;
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
	private ScheduleKind(int value, String name, String literal) {
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
	
} //ScheduleKind
