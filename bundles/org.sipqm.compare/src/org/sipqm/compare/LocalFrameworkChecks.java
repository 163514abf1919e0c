package org.sipqm.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.sipqm.compare.internal.Messages;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage.Literals;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/**
 * Checks a local framework as its author edits it: ids that can name its file, schedule numbers,
 * section and criterion codes unique within their schedule, wording present, and a descriptor for
 * each of the four grade columns. Problems are listed in document order.
 */
public final class LocalFrameworkChecks {

	/** Number of grade columns that each criterion has a descriptor for. */
	public static final int COLUMNS = 4;

	private LocalFrameworkChecks() {
	}

	/** Checks the framework and returns its problems, or an empty list when it has none. */
	public static List<FrameworkProblem> check(Framework framework) {
		List<FrameworkProblem> problems = new ArrayList<>();
		checkFramework(framework, problems);
		Map<Integer, Schedule> numbers = new HashMap<>();
		for (Schedule schedule : framework.getSchedules()) {
			Schedule earlier = numbers.putIfAbsent(schedule.getNumber(), schedule);
			if (schedule.getNumber() < 1) {
				problems.add(new FrameworkProblem(schedule, Literals.SCHEDULE__NUMBER, 0,
						NLS.bind(Messages.Check_invalidScheduleNumber, schedule.getNumber())));
			} else if (earlier != null) {
				problems.add(new FrameworkProblem(schedule, Literals.SCHEDULE__NUMBER, 0,
						NLS.bind(Messages.Check_duplicateScheduleNumber, schedule.getNumber())));
			}
			checkSchedule(schedule, problems);
		}
		return List.copyOf(problems);
	}

	private static void checkFramework(Framework framework, List<FrameworkProblem> problems) {
		if (!WorkspaceLayout.isFileNameId(framework.getId())) {
			problems.add(new FrameworkProblem(framework, Literals.FRAMEWORK__ID, 0,
					NLS.bind(Messages.Check_invalidId, blankIfNull(framework.getId()))));
		}
		if (!WorkspaceLayout.isFileNameId(framework.getEdition())) {
			problems.add(new FrameworkProblem(framework, Literals.FRAMEWORK__EDITION, 0,
					NLS.bind(Messages.Check_invalidEdition, blankIfNull(framework.getEdition()))));
		}
		if (isBlank(framework.getName())) {
			problems.add(new FrameworkProblem(framework, Literals.FRAMEWORK__NAME, 0, Messages.Check_missingName));
		}
	}

	private static void checkSchedule(Schedule schedule, List<FrameworkProblem> problems) {
		Map<String, Section> sectionCodes = new HashMap<>();
		Map<String, Criterion> criterionCodes = new HashMap<>();
		for (Section section : allSections(schedule)) {
			if (isBlank(section.getCode())) {
				problems.add(new FrameworkProblem(section, Literals.SECTION__CODE, 0,
						NLS.bind(Messages.Check_missingSectionCode, schedule.getNumber())));
			} else if (sectionCodes.putIfAbsent(section.getCode().strip(), section) != null) {
				problems.add(new FrameworkProblem(section, Literals.SECTION__CODE, 0,
						NLS.bind(Messages.Check_duplicateSectionCode, section.getCode(), schedule.getNumber())));
			}
			for (Criterion criterion : section.getCriteria()) {
				checkCriterion(schedule, criterion, criterionCodes, problems);
			}
		}
	}

	private static void checkCriterion(Schedule schedule, Criterion criterion, Map<String, Criterion> codes,
			List<FrameworkProblem> problems) {
		String code = blankIfNull(criterion.getCode()).strip();
		String shown = code.isEmpty() ? Messages.Check_uncoded : code;
		if (code.isEmpty()) {
			problems.add(new FrameworkProblem(criterion, Literals.CRITERION__CODE, 0,
					NLS.bind(Messages.Check_missingCriterionCode, schedule.getNumber())));
		} else if (codes.putIfAbsent(code, criterion) != null) {
			problems.add(new FrameworkProblem(criterion, Literals.CRITERION__CODE, 0,
					NLS.bind(Messages.Check_duplicateCriterionCode, code, schedule.getNumber())));
		}
		if (isBlank(criterion.getStatement())) {
			problems.add(new FrameworkProblem(criterion, Literals.CRITERION__STATEMENT, 0,
					NLS.bind(Messages.Check_missingWording, shown)));
		}
		for (int column = 1; column <= COLUMNS; column++) {
			Descriptor descriptor = descriptor(criterion, column);
			if (descriptor == null || isBlank(descriptor.getText())) {
				problems.add(new FrameworkProblem(criterion, Literals.CRITERION__DESCRIPTORS, column,
						NLS.bind(Messages.Check_missingDescriptor, shown, column)));
			}
		}
	}

	/** Returns the criterion's descriptor for the grade column, or null when it has none. */
	public static Descriptor descriptor(Criterion criterion, int column) {
		return criterion.getDescriptors().stream().filter(d -> d.getColumn() == column).findFirst().orElse(null);
	}

	private static List<Section> allSections(Schedule schedule) {
		List<Section> sections = new ArrayList<>();
		for (Section section : schedule.getSections()) {
			addWithSubsections(section, sections);
		}
		return sections;
	}

	private static void addWithSubsections(Section section, List<Section> sections) {
		sections.add(section);
		section.getSubsections().forEach(subsection -> addWithSubsections(subsection, sections));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}
}
