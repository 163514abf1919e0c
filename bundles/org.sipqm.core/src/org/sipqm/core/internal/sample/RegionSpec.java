package org.sipqm.core.internal.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A region to generate, with the code and name of each local authority.
 *
 * @param id          the region's id and the part of person ids that names it
 * @param name        the region's name
 * @param coordinators the number of SIPCos
 * @param authorities code and name of each local authority
 */
record RegionSpec(String id, String name, int coordinators, List<Authority> authorities) {

	/** A local authority's three-digit code and its name. */
	record Authority(String code, String name) {
	}

	/** Returns the East Midlands region with its nine local authorities and their DCSF LA numbers. */
	static RegionSpec eastMidlands() {
		return new RegionSpec("em", "East Midlands", 3, List.of(
				new Authority("831", "Derby"),
				new Authority("830", "Derbyshire"),
				new Authority("856", "Leicester"),
				new Authority("855", "Leicestershire"),
				new Authority("925", "Lincolnshire"),
				new Authority("928", "Northamptonshire"),
				new Authority("892", "Nottingham"),
				new Authority("891", "Nottinghamshire"),
				new Authority("857", "Rutland")));
	}

	/**
	 * Returns the nine English regions, each with as many synthetic local authorities as it had in 2007,
	 * 150 in all, numbered from 101 and named "Local authority 101" and so on.
	 */
	static List<RegionSpec> nationalSynthetic() {
		String[][] regions = {
				{ "ne", "North East", "12" }, { "nw", "North West", "22" },
				{ "yh", "Yorkshire and the Humber", "15" }, { "em", "East Midlands", "9" },
				{ "wm", "West Midlands", "14" }, { "ee", "East of England", "10" },
				{ "ld", "London", "33" }, { "se", "South East", "19" }, { "sw", "South West", "16" } };

		List<RegionSpec> specs = new ArrayList<>();
		int code = 101;
		for (String[] region : regions) {
			int count = Integer.parseInt(region[2]);
			List<Authority> authorities = new ArrayList<>();
			for (int i = 0; i < count; i++, code++) {
				authorities.add(new Authority(Integer.toString(code), "Local authority " + code));
			}
			specs.add(new RegionSpec(region[0], region[1], Math.max(2, (count + 4) / 5), authorities));
		}
		return specs;
	}
}
