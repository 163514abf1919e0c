package org.sipqm.compare;

import java.util.List;

import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.framework.Criterion;

/**
 * The coverage of the national framework by a local framework through a crosswalk.
 *
 * @param uncoveredNational national criteria that no local criterion maps to, critical ones first and
 *                          then in document order
 * @param localBeyondNational local criteria that a reviewer mapped as having no national counterpart
 * @param localUnmapped local criteria that no mapping mentions yet
 * @param sections coverage of every national section that directly contains criteria, in document order
 * @param invalidMappings mappings that name a criterion missing from either framework; they cover
 *                        nothing
 * @param coveredCount national criteria covered
 * @param nationalCount national criteria considered
 */
public record CoverageReport(List<Criterion> uncoveredNational, List<Criterion> localBeyondNational,
		List<Criterion> localUnmapped, List<SectionCoverage> sections, List<Mapping> invalidMappings,
		int coveredCount, int nationalCount) {

	/** Returns the covered fraction of all national criteria considered, from 0 to 1. */
	public double fraction() {
		return nationalCount == 0 ? 0 : (double) coveredCount / nationalCount;
	}
}
