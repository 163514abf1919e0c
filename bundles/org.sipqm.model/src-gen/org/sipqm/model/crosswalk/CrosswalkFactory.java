/**
 */
package org.sipqm.model.crosswalk;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.sipqm.model.crosswalk.CrosswalkPackage
 * @generated
 */
public interface CrosswalkFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrosswalkFactory eINSTANCE = org.sipqm.model.crosswalk.impl.CrosswalkFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Crosswalk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crosswalk</em>'.
	 * @generated
	 */
	Crosswalk createCrosswalk();

	/**
	 * Returns a new object of class '<em>Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mapping</em>'.
	 * @generated
	 */
	Mapping createMapping();

	/**
	 * Returns a new object of class '<em>Rejection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rejection</em>'.
	 * @generated
	 */
	Rejection createRejection();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CrosswalkPackage getCrosswalkPackage();

} //CrosswalkFactory
