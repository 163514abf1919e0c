package org.sipqm.ui.internal.navigator;

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;

/**
 * A folder of the navigator that groups model elements. Nodes are values, so the tree keeps
 * its expanded state for equal nodes when it refreshes. A null local authority stands for the
 * evaluations whose local authority is not in the organisation.
 */
sealed interface NavigatorNode {

	/** The schools of a local authority. */
	record Schools(LocalAuthority authority) implements NavigatorNode {
	}

	/** The evaluations of a local authority, grouped by academic year. */
	record Evaluations(LocalAuthority authority) implements NavigatorNode {
	}

	/** The evaluations of one academic year, such as {@code 2007/08}, grouped by term. */
	record Year(LocalAuthority authority, String academicYear) implements NavigatorNode {
	}

	/** The evaluations of one term of an academic year, ordered by date. */
	record TermGroup(LocalAuthority authority, String academicYear, Term term) implements NavigatorNode {
	}
}
