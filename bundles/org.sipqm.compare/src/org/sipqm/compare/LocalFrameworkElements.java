package org.sipqm.compare;

import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;

/**
 * Creates the elements of a local framework that its author adds, with the origin "local" and the
 * next free number or code, ready to be added to their container. Nothing is added here, so that the
 * caller can add them through a command.
 */
public final class LocalFrameworkElements {

	/** Origin of every element of a local framework, as the import sets it too. */
	public static final String ORIGIN = "local";

	private LocalFrameworkElements() {
	}

	/** Creates an empty local framework, edition 1, named after its id. */
	public static Framework newFramework(String id) {
		Framework framework = FrameworkFactory.eINSTANCE.createFramework();
		framework.setId(id);
		framework.setName(id);
		framework.setEdition("1");
		framework.setOrigin(ORIGIN);
		return framework;
	}

	/** Creates a schedule numbered one above the highest schedule of the framework. */
	public static Schedule newSchedule(Framework framework) {
		Schedule schedule = FrameworkFactory.eINSTANCE.createSchedule();
		schedule.setNumber(framework.getSchedules().stream().mapToInt(Schedule::getNumber).max().orElse(0) + 1);
		schedule.setKind(ScheduleKind.LOCAL);
		schedule.setOrigin(ORIGIN);
		return schedule;
	}

	/** Creates a section whose code follows the number of sections the schedule has, such as "3". */
	public static Section newSection(Schedule schedule) {
		Section section = FrameworkFactory.eINSTANCE.createSection();
		section.setCode(Integer.toString(schedule.getSections().size() + 1));
		section.setOrigin(ORIGIN);
		return section;
	}

	/** Creates a criterion coded after its section and position, such as "3.2" as the second of section 3. */
	public static Criterion newCriterion(Section section) {
		Criterion criterion = FrameworkFactory.eINSTANCE.createCriterion();
		String prefix = section.getCode() == null || section.getCode().isBlank() ? "" : section.getCode().strip() + ".";
		criterion.setCode(prefix + (section.getCriteria().size() + 1));
		criterion.setStatement("");
		criterion.setOrigin(ORIGIN);
		return criterion;
	}
}
