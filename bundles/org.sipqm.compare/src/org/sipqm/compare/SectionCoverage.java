package org.sipqm.compare;

/**
 * How many of the national criteria that a section directly contains are covered by the local
 * framework. Criteria of subsections count towards their own subsection, not the parent.
 */
public record SectionCoverage(int schedule, String sectionCode, String sectionTitle, int covered, int total) {

	/** Returns the covered fraction from 0 to 1, or 0 for a section without criteria. */
	public double fraction() {
		return total == 0 ? 0 : (double) covered / total;
	}

	/** Returns the covered share as a whole percentage, rounded half up. */
	public int percent() {
		return (int) Math.round(fraction() * 100);
	}
}
