package org.sipqm.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sipqm.framework.ContributionDiagnostic;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints the structure of the framework: schedules, sections, criterion codes and counts. Criteria
 * that a plug-in contributed are marked with its symbolic name, and rejected contributions are
 * listed at the end.
 */
@Command(name = "framework", mixinStandardHelpOptions = true,
		description = "Prints the framework's schedules and sections with their criterion codes and counts.")
public final class FrameworkCommand implements Callable<Integer> {

	private static final String NATIONAL = "national";

	@Option(names = "--json", description = "Print JSON for other programs instead of text.")
	private boolean json;

	@Option(names = "--schedule", paramLabel = "NUMBER", description = "Print only this schedule (1 to 4).")
	private Integer scheduleNumber;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		FrameworkRegistry registry = FrameworkRegistry.getDefault();
		Framework framework = registry.national();
		List<Schedule> schedules = new ArrayList<>(framework.getSchedules());
		if (scheduleNumber != null) {
			schedules.removeIf(schedule -> schedule.getNumber() != scheduleNumber);
			if (schedules.isEmpty()) {
				throw new InputException("No schedule " + scheduleNumber + " in the framework: give a number from 1 to "
						+ framework.getSchedules().size() + ".");
			}
		}
		if (json) {
			Map<String, Object> description = describe(framework, schedules);
			description.put("rejectedContributions", registry.diagnostics());
			spec.commandLine().getOut().println(Json.write(description));
		} else {
			printText(framework, schedules);
			printRejected(registry.diagnostics());
		}
		return SipqmCommand.OK;
	}

	private void printText(Framework framework, List<Schedule> schedules) {
		var out = spec.commandLine().getOut();
		out.printf("%s, edition %s (%s, %s)%n", framework.getName(), framework.getEdition(), framework.getIssuer(),
				framework.getDateOfIssue());
		for (Schedule schedule : schedules) {
			List<Criterion> criteria = FrameworkRegistry.allCriteria(schedule);
			out.printf("%nSchedule %d: %s (%d criteria)%n", schedule.getNumber(), schedule.getTitle(), criteria.size());
			for (Section section : sections(schedule)) {
				out.printf("  %-8s %-3d %s%n", section.getCode(), section.getCriteria().size(), section.getTitle());
				if (!section.getCriteria().isEmpty()) {
					out.printf("           %s%n", String.join(" ", markedCodes(section)));
				}
			}
			if (schedule.getMissingContent() != null && !schedule.getMissingContent().isBlank()) {
				out.printf("  Not in the source text: %s%n", schedule.getMissingContent());
			}
		}
	}

	private void printRejected(List<ContributionDiagnostic> diagnostics) {
		if (!diagnostics.isEmpty()) {
			var out = spec.commandLine().getOut();
			out.printf("%nRejected framework contributions (%d):%n", diagnostics.size());
			diagnostics.forEach(diagnostic -> out.printf("  %s%n", diagnostic));
		}
	}

	private static Map<String, Object> describe(Framework framework, List<Schedule> schedules) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", framework.getId());
		result.put("name", framework.getName());
		result.put("edition", framework.getEdition());
		List<Object> scheduleList = new ArrayList<>();
		for (Schedule schedule : schedules) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("number", schedule.getNumber());
			entry.put("title", schedule.getTitle());
			entry.put("criteria", FrameworkRegistry.allCriteria(schedule).size());
			List<Object> sectionList = new ArrayList<>();
			for (Section section : sections(schedule)) {
				Map<String, Object> sectionEntry = new LinkedHashMap<>();
				sectionEntry.put("code", section.getCode());
				sectionEntry.put("title", section.getTitle());
				sectionEntry.put("count", section.getCriteria().size());
				sectionEntry.put("criteria", codes(section));
				List<Object> critical = new ArrayList<>();
				section.getCriteria().stream().filter(Criterion::isCritical).forEach(c -> critical.add(c.getCode()));
				sectionEntry.put("critical", critical);
				sectionEntry.put("origins", contributedOrigins(section));
				sectionList.add(sectionEntry);
			}
			entry.put("sections", sectionList);
			entry.put("missingContent", schedule.getMissingContent());
			scheduleList.add(entry);
		}
		result.put("schedules", scheduleList);
		return result;
	}

	/** Returns the schedule's sections and their subsections, depth first, in document order. */
	private static List<Section> sections(Schedule schedule) {
		List<Section> result = new ArrayList<>();
		schedule.getSections().forEach(section -> addWithSubsections(section, result));
		return result;
	}

	private static void addWithSubsections(Section section, List<Section> result) {
		result.add(section);
		section.getSubsections().forEach(subsection -> addWithSubsections(subsection, result));
	}

	private static List<String> codes(Section section) {
		return section.getCriteria().stream().map(Criterion::getCode).toList();
	}

	/** Returns the criterion codes, each contributed one followed by its plug-in in brackets. */
	private static List<String> markedCodes(Section section) {
		return section.getCriteria().stream()
				.map(criterion -> isNational(criterion) ? criterion.getCode()
						: criterion.getCode() + " [" + criterion.getOrigin() + "]")
				.toList();
	}

	/** Returns the origin of each contributed criterion of the section, by code. */
	private static Map<String, String> contributedOrigins(Section section) {
		Map<String, String> origins = new LinkedHashMap<>();
		section.getCriteria().stream()
				.filter(criterion -> !isNational(criterion))
				.forEach(criterion -> origins.put(criterion.getCode(), criterion.getOrigin()));
		return origins;
	}

	private static boolean isNational(Criterion criterion) {
		return NATIONAL.equals(criterion.getOrigin());
	}
}
