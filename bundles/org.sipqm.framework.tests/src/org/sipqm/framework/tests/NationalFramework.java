package org.sipqm.framework.tests;

import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** Lookups into the national framework that fail the calling test when the element is missing. */
final class NationalFramework {

	static final String ID = "sip-qm";
	static final String EDITION = "1";

	private NationalFramework() {
	}

	static FrameworkRegistry registry() {
		return FrameworkRegistry.getDefault();
	}

	static Schedule schedule(int number) {
		return registry().schedule(number)
				.orElseThrow(() -> new AssertionError("Schedule " + number + " is missing from the national framework"));
	}

	static Section section(int schedule, String code) {
		return FrameworkRegistry.section(schedule(schedule), code)
				.orElseThrow(() -> new AssertionError("Section " + code + " is missing from schedule " + schedule));
	}

	static Criterion criterion(int schedule, String code) {
		CriterionUri uri = new CriterionUri(ID, EDITION, schedule, code);
		return registry().find(uri).orElseThrow(() -> new AssertionError("Criterion " + uri + " is not found"));
	}
}
