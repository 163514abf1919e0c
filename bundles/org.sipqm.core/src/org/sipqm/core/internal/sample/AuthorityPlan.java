package org.sipqm.core.internal.sample;

import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;

/**
 * A generated local authority and what drives its evaluations.
 *
 * @param authority   the local authority
 * @param coordinator the SIPCo who evaluates it
 * @param quality     the mean grade of its practice in the autumn term, 1 best to 4 worst
 * @param seed        the seed of its own random stream, so each authority's evaluations are
 *                    independent of the others
 */
record AuthorityPlan(LocalAuthority authority, Person coordinator, double quality, long seed) {
}
