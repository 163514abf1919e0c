package org.sipqm.compare.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.sipqm.compare.internal.Messages;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;

/**
 * Builds a framework from rows in the local framework layout. The first row is the header; every
 * later row is one criterion. A row with any problem adds nothing to the framework.
 */
final class RowParser {

	static final String ORIGIN = "local";

	private final Framework framework;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
	private final Map<Integer, Schedule> schedules = new LinkedHashMap<>();
	private final Map<String, Section> sections = new HashMap<>();
	private final Map<String, Integer> sectionRows = new HashMap<>();
	private final Map<String, Integer> criterionRows = new HashMap<>();

	RowParser(String id, String edition, String name) {
		framework = FrameworkFactory.eINSTANCE.createFramework();
		framework.setId(id);
		framework.setEdition(edition);
		framework.setName(name);
		framework.setOrigin(ORIGIN);
	}

	/** Parses the rows, adding the problems that the file reader already found to the report. */
	LocalFrameworkImport parse(List<SourceRow> rows, List<ImportProblem> readerProblems) {
		problems.addAll(readerProblems);
		if (rows.isEmpty()) {
			if (readerProblems.isEmpty()) {
				problems.add(new ImportProblem(1, "", NLS.bind(Messages.Import_noHeader, allHeaders()), true));
			}
			return new LocalFrameworkImport(framework, sortedProblems());
		}
		if (!readHeader(rows.get(0))) {
			return new LocalFrameworkImport(framework, sortedProblems());
		}

		for (SourceRow row : rows.subList(1, rows.size())) {
			readRow(row);
		}
		schedules.values().forEach(framework.getSchedules()::add);
		return new LocalFrameworkImport(framework, sortedProblems());
	}

	private List<ImportProblem> sortedProblems() {
		return problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
	}

	private boolean readHeader(SourceRow header) {
		if (header.encodingError() >= 0) {
			problems.add(new ImportProblem(header.number(), "",
					NLS.bind(Messages.Import_invalidEncoding, header.encodingError() + 1), true));
		}
		Map<String, Column> byHeader = Stream.of(Column.values())
				.collect(Collectors.toMap(column -> normalise(column.header()), column -> column));
		for (int i = 0; i < header.cells().size(); i++) {
			Column column = byHeader.get(normalise(header.cells().get(i)));
			if (column != null) {
				positions.putIfAbsent(column, i);
			}
		}

		boolean complete = true;
		for (Column column : Column.values()) {
			if (column.required() && !positions.containsKey(column)) {
				problems.add(new ImportProblem(header.number(), column.header(),
						NLS.bind(Messages.Import_missingColumn, column.header(), requiredHeaders()), true));
				complete = false;
			}
		}
		return complete;
	}

	private void readRow(SourceRow row) {
		if (row.encodingError() >= 0) {
			problems.add(new ImportProblem(row.number(), "",
					NLS.bind(Messages.Import_invalidEncoding, row.encodingError() + 1), true));
			return;
		}
		if (row.blank()) {
			problems.add(new ImportProblem(row.number(), "", Messages.Import_emptyRow, false));
			return;
		}
		int problemsBefore = problems.size();

		int scheduleNumber = scheduleNumber(row);
		String sectionCode = code(row, Column.SECTION_CODE);
		String criterionCode = code(row, Column.CRITERION_CODE);
		String statement = required(row, Column.STATEMENT);
		Boolean critical = critical(row);
		if (problems.size() > problemsBefore) {
			return;
		}

		String title = cell(row, Column.SECTION_TITLE);
		String criterionKey = scheduleNumber + ":" + criterionCode;
		if (!checkUnique(row, criterionKey, criterionCode, scheduleNumber) || !checkTitle(row, scheduleNumber, sectionCode, title)) {
			return;
		}
		criterionRows.put(criterionKey, row.number());
		section(scheduleNumber, sectionCode, title, row.number()).getCriteria()
				.add(criterion(row, criterionCode, statement, critical));
	}

	private boolean checkUnique(SourceRow row, String key, String code, int schedule) {
		Integer firstRow = criterionRows.get(key);
		if (firstRow != null) {
			problems.add(new ImportProblem(row.number(), Column.CRITERION_CODE.header(),
					NLS.bind(Messages.Import_duplicateCode, new Object[] { code, schedule, firstRow }), true));
			return false;
		}
		return true;
	}

	private boolean checkTitle(SourceRow row, int schedule, String sectionCode, String title) {
		Section existing = sections.get(schedule + ":" + sectionCode);
		if (existing != null && !title.isEmpty() && existing.getTitle() != null && !title.equals(existing.getTitle())) {
			problems.add(new ImportProblem(row.number(), Column.SECTION_TITLE.header(),
					NLS.bind(Messages.Import_sectionTitleDiffers, new Object[] { sectionCode, title, existing.getTitle(),
							sectionRows.get(schedule + ":" + sectionCode) }), true));
			return false;
		}
		return true;
	}

	private Section section(int scheduleNumber, String code, String title, int rowNumber) {
		Schedule schedule = schedules.computeIfAbsent(scheduleNumber, number -> {
			Schedule created = FrameworkFactory.eINSTANCE.createSchedule();
			created.setNumber(number);
			created.setKind(ScheduleKind.LOCAL);
			created.setOrigin(ORIGIN);
			return created;
		});
		String key = scheduleNumber + ":" + code;
		Section section = sections.get(key);
		if (section == null) {
			section = FrameworkFactory.eINSTANCE.createSection();
			section.setCode(code);
			section.setOrigin(ORIGIN);
			schedule.getSections().add(section);
			sections.put(key, section);
			sectionRows.put(key, rowNumber);
		}
		if (section.getTitle() == null && !title.isEmpty()) {
			section.setTitle(title);
			sectionRows.put(key, rowNumber);
		}
		return section;
	}

	private Criterion criterion(SourceRow row, String code, String statement, boolean critical) {
		Criterion criterion = FrameworkFactory.eINSTANCE.createCriterion();
		criterion.setCode(code);
		criterion.setStatement(statement);
		criterion.setCritical(critical);
		criterion.setOrigin(ORIGIN);
		List<Column> descriptors = Column.descriptors();
		for (int i = 0; i < descriptors.size(); i++) {
			String text = cell(row, descriptors.get(i));
			if (!text.isEmpty()) {
				Descriptor descriptor = FrameworkFactory.eINSTANCE.createDescriptor();
				descriptor.setColumn(i + 1);
				descriptor.setText(text);
				descriptor.setOrigin(ORIGIN);
				criterion.getDescriptors().add(descriptor);
			}
		}
		return criterion;
	}

	private int scheduleNumber(SourceRow row) {
		String text = required(row, Column.SCHEDULE);
		if (text.isEmpty()) {
			return -1;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= 1) {
				return number;
			}
		} catch (NumberFormatException e) {
			// Reported below with the value, which is all that the exception message contains.
		}
		problems.add(new ImportProblem(row.number(), Column.SCHEDULE.header(),
				NLS.bind(Messages.Import_invalidSchedule, text), true));
		return -1;
	}

	private String code(SourceRow row, Column column) {
		String text = required(row, column);
		if (text.chars().anyMatch(Character::isWhitespace)) {
			problems.add(new ImportProblem(row.number(), column.header(), NLS.bind(Messages.Import_invalidCode, text), true));
		}
		return text;
	}

	private Boolean critical(SourceRow row) {
		String text = cell(row, Column.CRITICAL).toLowerCase(Locale.ROOT);
		switch (text) {
		case "", "no", "n", "false", "0":
			return false;
		case "yes", "y", "true", "1":
			return true;
		default:
			problems.add(new ImportProblem(row.number(), Column.CRITICAL.header(),
					NLS.bind(Messages.Import_invalidCritical, cell(row, Column.CRITICAL)), true));
			return null;
		}
	}

	private String required(SourceRow row, Column column) {
		String text = cell(row, column);
		if (text.isEmpty()) {
			problems.add(new ImportProblem(row.number(), column.header(),
					NLS.bind(Messages.Import_missingValue, column.header()), true));
		}
		return text;
	}

	private String cell(SourceRow row, Column column) {
		Integer position = positions.get(column);
		if (position == null || position >= row.cells().size() || row.cells().get(position) == null) {
			return "";
		}
		return row.cells().get(position).strip();
	}

	private static String normalise(String header) {
		return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String requiredHeaders() {
		return Stream.of(Column.values()).filter(Column::required).map(Column::header).collect(Collectors.joining(", "));
	}

	private static String allHeaders() {
		return Stream.of(Column.values()).map(Column::header).collect(Collectors.joining(", "));
	}
}
