package org.sipqm.core.sample;

/** The size of a sample workspace that the {@link SampleWorkspaceGenerator} writes. */
public enum SampleScale {
	/**
	 * The East Midlands region with its nine real local authorities, fictional people and schools,
	 * and a full academic year of evaluations under all four schedules.
	 */
	REGIONAL,
	/**
	 * 150 synthetic local authorities in the nine English regions and one academic year, sized to
	 * hold at least 150,000 evidence items, for load and validation benchmarks.
	 */
	NATIONAL
}
