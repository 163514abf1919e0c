package org.sipqm.compare.export.tests;

import java.time.LocalDate;

import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * A hand-made pair of small frameworks and a crosswalk between them. The national framework
 * ({@code nat/1}) has schedule 4 with sections 1.1 (1.1.1, critical 1.1.2, 1.1.3) and 1.2 (critical
 * 1.2.1, 1.2.2), and schedule 1 with section 1 (1.1). The local framework ({@code derby/2008}) has
 * section A with A.1 to A.4. The crosswalk maps A.1 to 1.1.1 and A.2 to 1.1.2, maps A.4 as having
 * no counterpart and leaves A.3 unmapped. Section 1.1 is therefore 2 of 3 covered and section 1.2
 * and schedule 1 are not covered at all. The critical 1.2.1 is the one critical criterion not covered.
 */
final class CoverageFrameworks {

	static final String NATIONAL = "urn:sipqm:nat:1:4:";
	static final String LOCAL = "urn:sipqm:derby:2008:1:";

	private CoverageFrameworks() {
	}

	static CrosswalkCoverage coverage() {
		CriterionIndex national = new CriterionIndex(national());
		CriterionIndex local = new CriterionIndex(local());
		Crosswalk crosswalk = CrosswalkEditing.create(local, national);
		LocalDate reviewedOn = LocalDate.of(2008, 3, 14);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8),
				Relationship.EQUIVALENT, Strength.STRONG, null, "reviewer", reviewedOn);
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.2", NATIONAL + "1.1.2", 0.6),
				Relationship.OVERLAPS, Strength.WEAK, null, "reviewer", reviewedOn);
		CrosswalkEditing.mapNoCounterpart(crosswalk, LOCAL + "A.4", "Local newsletter", "reviewer", reviewedOn);
		return new CrosswalkCoverage(crosswalk, local, national);
	}

	static Framework national() {
		Framework framework = framework("nat", "1", "National framework");
		Schedule schedule4 = schedule(framework, 4);
		Section first = section(schedule4, "1.1", "Deployment of SIPs");
		criterion(first, "1.1.1", "The LA matches SIPs to schools according to their needs and context.", false);
		criterion(first, "1.1.2", "The LA quality assures the reports SIPs write to governing bodies.", true);
		criterion(first, "1.1.3", "SIPs receive training and professional development from the LA.", false);
		Section second = section(schedule4, "1.2", "Challenge and support");
		criterion(second, "1.2.1", "The LA brokers support for schools causing concern promptly.", true);
		criterion(second, "1.2.2", "Headteachers value the challenge their SIP provides.", false);
		Schedule schedule1 = schedule(framework, 1);
		criterion(section(schedule1, "1", "Termly review"), "1.1", "The termly report is discussed with the LA.", false);
		return framework;
	}

	static Framework local() {
		Framework framework = framework("derby", "2008", "Derby local QM framework");
		Section section = section(schedule(framework, 1), "A", "Managing SIPs");
		criterion(section, "A.1", "SIPs are matched to schools by need and context.", false);
		criterion(section, "A.2", "Reports written by SIPs to governing bodies are quality assured.", true);
		criterion(section, "A.3", "SIPs are trained and receive professional development.", false);
		criterion(section, "A.4", "The LA publishes an annual newsletter for parents.", false);
		return framework;
	}

	private static Framework framework(String id, String edition, String name) {
		Framework framework = FrameworkFactory.eINSTANCE.createFramework();
		framework.setId(id);
		framework.setEdition(edition);
		framework.setName(name);
		return framework;
	}

	private static Schedule schedule(Framework framework, int number) {
		Schedule schedule = FrameworkFactory.eINSTANCE.createSchedule();
		schedule.setNumber(number);
		framework.getSchedules().add(schedule);
		return schedule;
	}

	private static Section section(Schedule schedule, String code, String title) {
		Section section = FrameworkFactory.eINSTANCE.createSection();
		section.setCode(code);
		section.setTitle(title);
		schedule.getSections().add(section);
		return section;
	}

	private static void criterion(Section section, String code, String statement, boolean critical) {
		Criterion criterion = FrameworkFactory.eINSTANCE.createCriterion();
		criterion.setCode(code);
		criterion.setStatement(statement);
		criterion.setCritical(critical);
		section.getCriteria().add(criterion);
	}
}
