package org.sipqm.ui.internal.evaluation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.sipqm.model.edit.SipqmLabels;

/** Labels the organisation elements an evaluation refers to, including missing and unresolved ones. */
final class References {

	private References() {
	}

	/**
	 * Returns the element's label, "not recorded" for none, or a message naming the reference
	 * when it does not resolve to an element of the organisation.
	 */
	static String label(EObject element) {
		if (element == null) {
			return Messages.Evaluation_notRecorded;
		}
		if (element.eIsProxy()) {
			return NLS.bind(Messages.Evaluation_unresolved, EcoreUtil.getURI(element).fragment());
		}
		String label = SipqmLabels.text(element);
		return label == null ? Messages.Evaluation_notRecorded : label;
	}
}
