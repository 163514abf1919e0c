package org.sipqm.framework.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sipqm.framework.ContributionDiagnostic;
import org.sipqm.framework.FrameworkContribution;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.ScheduleKind;
import org.sipqm.model.framework.Section;

/**
 * Checks one contributed fragment against the framework it extends and records the additions to
 * make, which {@link #apply()} then makes. The fragment mirrors the framework: an element whose
 * {@code origin} is unset (or "national") names an element that the framework already has, by
 * schedule number, section code or criterion code, and must not change it; an element with any
 * other origin, such as "local", is new, and so is everything inside it. Every element added
 * gets the contributing plug-in's symbolic name as its origin.
 */
final class FragmentCheck {

	private static final String NATIONAL = "national";

	private static final FrameworkPackage MODEL = FrameworkPackage.eINSTANCE;
	private static final Set<EStructuralFeature> SCHEDULE_KEYS = Set.of(MODEL.getSchedule_Number(),
			MODEL.getSchedule_Origin(), MODEL.getSchedule_Sections());
	private static final Set<EStructuralFeature> SECTION_KEYS = Set.of(MODEL.getSection_Code(),
			MODEL.getSection_Origin(), MODEL.getSection_Criteria(), MODEL.getSection_Subsections());
	private static final Set<EStructuralFeature> CRITERION_KEYS = Set.of(MODEL.getCriterion_Code(),
			MODEL.getCriterion_Origin(), MODEL.getCriterion_Descriptors());
	private static final Set<EStructuralFeature> FRAMEWORK_KEYS = Set.of(MODEL.getFramework_Id(),
			MODEL.getFramework_Edition(), MODEL.getFramework_Schedules());

	private final FrameworkContribution contribution;
	private final Framework target;
	private final Set<Integer> columns;
	private final List<ContributionDiagnostic> problems = new ArrayList<>();
	private final List<Runnable> additions = new ArrayList<>();
	private final Map<Integer, String> scheduleNumbers = new HashMap<>();
	private final Map<Schedule, ScheduleCodes> codesBySchedule = new HashMap<>();
	private final Map<Criterion, Map<Integer, String>> columnsByCriterion = new HashMap<>();

	FragmentCheck(FrameworkContribution contribution, Framework target) {
		this.contribution = contribution;
		this.target = target;
		this.columns = gradeColumns(target);
		target.getSchedules().forEach(schedule -> scheduleNumbers.put(schedule.getNumber(), schedule.getOrigin()));
	}

	/** Returns the faults found by {@link #check(Framework)}. The fragment may be applied only when there are none. */
	List<ContributionDiagnostic> problems() {
		return problems;
	}

	/** Checks the whole fragment and records its additions. */
	void check(Framework fragment) {
		String path = "framework '" + fragment.getId() + "' edition '" + fragment.getEdition() + "'";
		if (isSet(fragment.getId()) && !fragment.getId().equals(target.getId())
				|| isSet(fragment.getEdition()) && !fragment.getEdition().equals(target.getEdition())) {
			problem(path, "the fragment is for another framework or edition than the declaration names ('"
					+ target.getId() + "' edition '" + target.getEdition() + "').");
		}
		checkUnchanged(fragment, target, "the framework", FRAMEWORK_KEYS);

		for (Schedule schedule : fragment.getSchedules()) {
			if (isNew(schedule)) {
				checkNewSchedule(schedule);
			} else {
				checkNationalSchedule(schedule);
			}
		}
	}

	/** Makes the recorded additions. Call it once, and only when {@link #problems()} is empty. */
	void apply() {
		additions.forEach(Runnable::run);
	}

	private void checkNationalSchedule(Schedule schedule) {
		String path = "schedule " + schedule.getNumber();
		Schedule existing = target.getSchedules().stream()
				.filter(candidate -> candidate.getNumber() == schedule.getNumber())
				.findFirst()
				.orElse(null);
		if (existing == null) {
			problem(path, "the framework has no schedule " + schedule.getNumber()
					+ ". To add a local schedule, set origin=\"local\" on it.");
			return;
		}

		checkUnchanged(schedule, existing, path, SCHEDULE_KEYS);
		ScheduleCodes codes = codesBySchedule.computeIfAbsent(existing, ScheduleCodes::of);
		for (Section section : schedule.getSections()) {
			checkSection(section, existing.getSections(), codes, path);
		}
	}

	private void checkNewSchedule(Schedule schedule) {
		String path = "schedule " + schedule.getNumber();
		if (schedule.getNumber() <= 0) {
			problem(path, "a local schedule needs a number of 1 or more.");
		} else if (scheduleNumbers.containsKey(schedule.getNumber())) {
			problem(path, "duplicate schedule number: the framework already has schedule " + schedule.getNumber()
					+ " (origin " + scheduleNumbers.get(schedule.getNumber()) + ").");
		} else {
			scheduleNumbers.put(schedule.getNumber(), contribution.contributor());
		}

		ScheduleCodes codes = new ScheduleCodes();
		for (Section section : schedule.getSections()) {
			checkNewSection(section, codes, sectionPath(path, section));
		}
		additions.add(() -> target.getSchedules().add(stamped(schedule)));
	}

	/** Checks a fragment section that is new or names one of the target sections, which are its siblings. */
	private void checkSection(Section section, EList<Section> siblings, ScheduleCodes codes, String parentPath) {
		String path = sectionPath(parentPath, section);
		if (isNew(section)) {
			checkNewSection(section, codes, path);
			additions.add(() -> siblings.add(stamped(section)));
			return;
		}

		Section existing = siblings.stream().filter(candidate -> Objects.equals(candidate.getCode(), section.getCode()))
				.findFirst()
				.orElse(null);
		if (existing == null) {
			problem(path, "unknown parent section: " + parentPath + " has no section " + section.getCode()
					+ ". To add a local section, set origin=\"local\" on it.");
			return;
		}

		checkUnchanged(section, existing, path, SECTION_KEYS);
		for (Criterion criterion : section.getCriteria()) {
			checkCriterion(criterion, existing, codes, path);
		}
		for (Section subsection : section.getSubsections()) {
			checkSection(subsection, existing.getSubsections(), codes, path);
		}
	}

	private void checkNewSection(Section section, ScheduleCodes codes, String path) {
		if (!isSet(section.getCode())) {
			problem(path, "a local section needs a code.");
		} else if (codes.sections.containsKey(section.getCode())) {
			problem(path, "duplicate section code: the schedule already has section " + section.getCode() + " (origin "
					+ codes.sections.get(section.getCode()) + ").");
		} else {
			codes.sections.put(section.getCode(), contribution.contributor());
		}

		for (Criterion criterion : section.getCriteria()) {
			checkNewCriterion(criterion, codes, criterionPath(path, criterion));
		}
		for (Section subsection : section.getSubsections()) {
			checkNewSection(subsection, codes, sectionPath(path, subsection));
		}
	}

	/** Checks a fragment criterion that is new or names one of the criteria of the target section. */
	private void checkCriterion(Criterion criterion, Section section, ScheduleCodes codes, String sectionPath) {
		String path = criterionPath(sectionPath, criterion);
		if (isNew(criterion)) {
			checkNewCriterion(criterion, codes, path);
			additions.add(() -> section.getCriteria().add(stamped(criterion)));
			return;
		}

		Criterion existing = section.getCriteria().stream()
				.filter(candidate -> Objects.equals(candidate.getCode(), criterion.getCode()))
				.findFirst()
				.orElse(null);
		if (existing == null) {
			problem(path, "section " + section.getCode() + " has no criterion " + criterion.getCode()
					+ ". To add a local criterion, set origin=\"local\" on it.");
			return;
		}

		checkUnchanged(criterion, existing, path, CRITERION_KEYS);
		Map<Integer, String> used = columnsByCriterion.computeIfAbsent(existing, FragmentCheck::descriptorColumns);
		checkDescriptors(criterion, used, path);
		for (Descriptor descriptor : criterion.getDescriptors()) {
			additions.add(() -> existing.getDescriptors().add(stamped(descriptor)));
		}
	}

	private void checkNewCriterion(Criterion criterion, ScheduleCodes codes, String path) {
		if (!isSet(criterion.getCode())) {
			problem(path, "a local criterion needs a code.");
		} else if (codes.criteria.containsKey(criterion.getCode())) {
			problem(path, "duplicate criterion code: the schedule already has criterion " + criterion.getCode()
					+ " (origin " + codes.criteria.get(criterion.getCode()) + "). Criterion codes are unique within a schedule.");
		} else {
			codes.criteria.put(criterion.getCode(), contribution.contributor());
		}

		if (!isSet(criterion.getStatement())) {
			problem(path, "a local criterion needs a statement.");
		}
		checkDescriptors(criterion, new HashMap<>(), path);
	}

	/** Checks the descriptors of a fragment criterion against the columns already described, and records their columns. */
	private void checkDescriptors(Criterion criterion, Map<Integer, String> used, String criterionPath) {
		for (Descriptor descriptor : criterion.getDescriptors()) {
			int column = descriptor.getColumn();
			String path = criterionPath + " > descriptor for column " + column;
			if (!columns.isEmpty() && !columns.contains(column)) {
				problem(path, "column " + column + " is not a column of the grade scale " + columns + ".");
			} else if (used.containsKey(column)) {
				problem(path, "duplicate descriptor: the criterion already has a descriptor for column " + column
						+ " (origin " + used.get(column) + ").");
			} else {
				used.put(column, contribution.contributor());
			}
			if (!isSet(descriptor.getText())) {
				problem(path, "a descriptor needs a text.");
			}
		}
	}

	/**
	 * Reports every feature that a fragment element naming an existing element sets to another value
	 * than the existing one. Repeating a value word for word is allowed, so that a fragment may
	 * quote the statement of the national criterion it annotates.
	 */
	private void checkUnchanged(EObject fragment, EObject existing, String path, Set<EStructuralFeature> keys) {
		for (EStructuralFeature feature : fragment.eClass().getEAllStructuralFeatures()) {
			if (keys.contains(feature) || !fragment.eIsSet(feature)) {
				continue;
			}

			if (feature instanceof EReference) {
				problem(path, "sets " + feature.getName() + ", which a contribution cannot add to an existing "
						+ existing.eClass().getName().toLowerCase() + ". Contributions add schedules, sections, criteria "
						+ "and descriptors only.");
			} else if (!Objects.equals(fragment.eGet(feature), existing.eGet(feature))) {
				problem(path, rewording(feature, existing.eGet(feature), fragment.eGet(feature)));
			}
		}
	}

	private static String rewording(EStructuralFeature feature, Object existing, Object contributed) {
		String change = feature.getName() + " \"" + existing + "\" as \"" + contributed + "\"";
		if (feature == MODEL.getCriterion_Statement()) {
			return "rewords the " + change + ". Contributions cannot reword national criteria: leave the statement "
					+ "out, or quote it word for word.";
		}
		return "changes the " + change + ". Contributions add and annotate, and cannot change existing elements.";
	}

	/** Returns a copy of a fragment element whose origin, and that of everything inside it, is the contributor. */
	private <T extends EObject> T stamped(T element) {
		T copy = EcoreUtil.copy(element);
		stamp(copy);
		copy.eAllContents().forEachRemaining(this::stamp);
		if (copy instanceof Schedule schedule && !schedule.eIsSet(MODEL.getSchedule_Kind())) {
			schedule.setKind(ScheduleKind.LOCAL);
		}
		return copy;
	}

	private void stamp(EObject element) {
		EStructuralFeature origin = element.eClass().getEStructuralFeature("origin");
		if (origin != null) {
			element.eSet(origin, contribution.contributor());
		}
	}

	private void problem(String element, String message) {
		problems.add(new ContributionDiagnostic(contribution.contributor(), contribution.resourceText(), element, message));
	}

	private static boolean isNew(EObject element) {
		EStructuralFeature origin = element.eClass().getEStructuralFeature("origin");
		return !NATIONAL.equals(element.eGet(origin));
	}

	private static boolean isSet(String text) {
		return text != null && !text.isBlank();
	}

	private static String sectionPath(String parentPath, Section section) {
		return parentPath + " > section " + section.getCode();
	}

	private static String criterionPath(String sectionPath, Criterion criterion) {
		return sectionPath + " > criterion " + criterion.getCode();
	}

	private static Set<Integer> gradeColumns(Framework framework) {
		Set<Integer> columns = new TreeSet<>();
		if (framework.getGradeScale() != null) {
			framework.getGradeScale().getLevels().stream().map(GradeLevel::getColumn).forEach(columns::add);
		}
		return columns;
	}

	private static Map<Integer, String> descriptorColumns(Criterion criterion) {
		Map<Integer, String> columns = new HashMap<>();
		criterion.getDescriptors().forEach(descriptor -> columns.put(descriptor.getColumn(), descriptor.getOrigin()));
		return columns;
	}

	/** Section and criterion codes in use in one schedule, each with the origin of the element that uses it. */
	private static final class ScheduleCodes {

		private final Map<String, String> sections = new HashMap<>();
		private final Map<String, String> criteria = new HashMap<>();

		static ScheduleCodes of(Schedule schedule) {
			ScheduleCodes codes = new ScheduleCodes();
			schedule.getSections().forEach(codes::add);
			return codes;
		}

		private void add(Section section) {
			sections.putIfAbsent(section.getCode(), section.getOrigin());
			section.getCriteria().forEach(criterion -> criteria.putIfAbsent(criterion.getCode(), criterion.getOrigin()));
			section.getSubsections().forEach(this::add);
		}
	}
}
