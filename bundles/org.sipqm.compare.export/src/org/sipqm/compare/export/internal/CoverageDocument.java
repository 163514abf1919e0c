package org.sipqm.compare.export.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.sipqm.compare.CoverageReport;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.SectionCoverage;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.core.redaction.Audience;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Section;

/**
 * The content of the coverage report, ready for the template and the workbook.
 *
 * @param subtitle  the two frameworks compared
 * @param shared    whether the document is for the shared audience, which the page footer names
 * @param summary   the sentence that gives the covered share of the national framework
 * @param invalid   the sentence about mappings that cover nothing, or empty when there are none
 * @param schedules the coverage of each national section, grouped by schedule in document order
 * @param uncovered national criteria not covered, critical ones first
 * @param beyond    local criteria mapped as having no national counterpart
 * @param unmapped  local criteria that no mapping names yet
 */
public record CoverageDocument(String title, String subtitle, boolean shared, String summary, String invalid,
		List<ScheduleCoverage> schedules, List<CriterionRow> uncovered, List<CriterionRow> beyond,
		List<CriterionRow> unmapped, String producedOn) {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** A criterion with its schedule and the code and title of its section. */
	public record CriterionRow(int schedule, String code, String section, String statement, boolean critical) {
	}

	/** The sections of one national schedule; {@code anchor} names its heading and chart. */
	public record ScheduleCoverage(int schedule, String heading, String anchor, List<SectionCoverage> sections) {

		/** Returns the chart's height in CSS pixels, the same for the SVG and the PDF object. */
		public int chartHeight() {
			return CoverageChart.height(sections.size());
		}
	}

	/** An entry of the PDF's outline. */
	public record Bookmark(String name, String anchor, List<Bookmark> children) {
	}

	/** Returns the text for the PDF's title and the HTML page's title. */
	public String documentTitle() {
		return title + ": " + subtitle;
	}

	/** Returns the PDF's outline. */
	public List<Bookmark> bookmarks() {
		List<Bookmark> sections = schedules.stream().map(found -> new Bookmark(found.heading(), found.anchor(), List.of()))
				.toList();
		return List.of(new Bookmark(Messages.Coverage_uncovered, "uncovered", List.of()),
				new Bookmark(Messages.Coverage_beyond, "beyond", List.of()),
				new Bookmark(Messages.Coverage_unmapped, "unmapped", List.of()),
				new Bookmark(Messages.Coverage_sections, "sections", sections));
	}

	/** Builds the document of a crosswalk's coverage. */
	public static CoverageDocument of(CrosswalkCoverage coverage, Audience audience, LocalDate producedOn) {
		CoverageReport report = coverage.report();
		String summary = NLS.bind(Messages.Coverage_summary, new Object[] { report.coveredCount(), report.nationalCount(),
				Math.round(report.fraction() * 100) });
		String invalid = report.invalidMappings().isEmpty() ? ""
				: NLS.bind(Messages.Coverage_invalidMappings, report.invalidMappings().size());
		String subtitle = NLS.bind(Messages.Coverage_subtitle, name(coverage.local().framework()),
				name(coverage.national().framework()));
		return new CoverageDocument(Messages.Coverage_title, subtitle, audience == Audience.SHARED, summary, invalid,
				schedules(report.sections()), rows(report.uncoveredNational()), rows(report.localBeyondNational()),
				rows(report.localUnmapped()), LONG_DATE.format(producedOn));
	}

	private static List<ScheduleCoverage> schedules(List<SectionCoverage> sections) {
		Map<Integer, List<SectionCoverage>> bySchedule = new LinkedHashMap<>();
		for (SectionCoverage section : sections) {
			bySchedule.computeIfAbsent(section.schedule(), schedule -> new ArrayList<>()).add(section);
		}
		List<ScheduleCoverage> result = new ArrayList<>();
		bySchedule.forEach((schedule, list) -> result.add(new ScheduleCoverage(schedule,
				NLS.bind(Messages.Coverage_schedule, schedule), "schedule-" + schedule, List.copyOf(list)))); //$NON-NLS-1$
		return List.copyOf(result);
	}

	private static List<CriterionRow> rows(List<Criterion> criteria) {
		return criteria.stream().map(CoverageDocument::row).toList();
	}

	private static CriterionRow row(Criterion criterion) {
		Section section = CriterionIndex.sectionOf(criterion);
		String sectionLabel = section.getTitle() == null ? section.getCode() : section.getCode() + " " + section.getTitle();
		return new CriterionRow(CriterionIndex.scheduleOf(criterion), criterion.getCode(), sectionLabel,
				criterion.getStatement() == null ? "" : criterion.getStatement(), criterion.isCritical());
	}

	/** Returns the framework's name with its edition, or its id where it has no name. */
	private static String name(Framework framework) {
		String name = framework.getName() == null || framework.getName().isBlank() ? framework.getId() : framework.getName();
		return NLS.bind(Messages.Coverage_framework, name, framework.getEdition());
	}
}
