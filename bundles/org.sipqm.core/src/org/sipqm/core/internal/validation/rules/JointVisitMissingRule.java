package org.sipqm.core.internal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.calendar.TermDates;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.JointVisitFrequency;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.framework.SupportLevel;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * Checks the joint visits (schedule 3 shadow visits) that each SIPCo makes to each local
 * authority against the LA's support level, per academic year and region. The frequency comes
 * from the national framework's support levels: in edition 1, one joint visit per SIPCo each term
 * for intensive support, joint visits in the year for targeted support, and none required for
 * universal support. The number of visits a year for the yearly frequency is the rule parameter
 * {@value #VISITS_PER_YEAR}, 1 by default.
 * <p>
 * An LA's level in a term is the most intensive level of any phase in that term. A yearly
 * requirement counts the SIPCo's visits to the LA in every term of the year. Terms that have not
 * ended on the day of the validation are not checked yet.
 * <p>
 * The model does not record which SIPCo works with which LA, so the rule ties them through the
 * evaluations: the SIPCos of an LA in a year are the region's coordinators who are the author of
 * at least one evaluation of that LA in that year. When none is, every coordinator of the region
 * is expected to visit, as the framework's "each SIPCo" reads, so that an LA no SIPCo has worked
 * with is still reported.
 */
public class JointVisitMissingRule implements WorkspaceRule {

	/** The rule parameter for the joint visits a year that a yearly frequency requires of each SIPCo. */
	public static final String VISITS_PER_YEAR = "visitsPerYear";

	@Override
	public String id() {
		return RuleIds.JOINT_VISIT_MISSING;
	}

	@Override
	public void check(Workspace workspace, RuleContext context) {
		Organisation organisation = workspace.organisation().orElse(null);
		if (organisation == null) {
			return;
		}
		Framework framework = context.frameworks().national();
		int visitsPerYear = context.intParameter(VISITS_PER_YEAR, 1, 1);
		Activity activity = Activity.of(workspace);

		for (Region region : organisation.getRegions()) {
			for (LocalAuthority authority : region.getLocalAuthorities()) {
				for (AcademicYear year : yearsOf(authority)) {
					new Check(context, framework, activity, region, authority, year, visitsPerYear).run();
				}
			}
		}
	}

	private static Set<AcademicYear> yearsOf(LocalAuthority authority) {
		Set<AcademicYear> years = new LinkedHashSet<>();
		for (SupportAssignment assignment : authority.getSupportLevels()) {
			try {
				years.add(AcademicYear.parse(assignment.getAcademicYear()));
			} catch (IllegalArgumentException e) {
				// An assignment with an invalid year states no requirement that can be checked.
			}
		}
		return years;
	}

	/** The shadow visits and the authors of evaluations, by local authority and academic year. */
	private record Activity(Map<LocalAuthority, Map<String, List<ShadowVisit>>> visits,
			Map<LocalAuthority, Map<String, Set<Person>>> authors) {

		static Activity of(Workspace workspace) {
			Map<LocalAuthority, Map<String, List<ShadowVisit>>> visits = new HashMap<>();
			Map<LocalAuthority, Map<String, Set<Person>>> authors = new HashMap<>();
			for (Evaluation evaluation : workspace.evaluations()) {
				LocalAuthority authority = evaluation.getLocalAuthority();
				String year = evaluation.getAcademicYear();
				if (authority == null || authority.eIsProxy() || year == null) {
					continue;
				}
				if (evaluation.getAuthor() != null && !evaluation.getAuthor().eIsProxy()) {
					authors.computeIfAbsent(authority, key -> new HashMap<>())
							.computeIfAbsent(year.strip(), key -> new LinkedHashSet<>()).add(evaluation.getAuthor());
				}
				if (evaluation instanceof ShadowVisit visit) {
					visits.computeIfAbsent(authority, key -> new HashMap<>())
							.computeIfAbsent(year.strip(), key -> new ArrayList<>()).add(visit);
				}
			}
			return new Activity(visits, authors);
		}

		List<ShadowVisit> visits(LocalAuthority authority, AcademicYear year) {
			return visits.getOrDefault(authority, Map.of()).getOrDefault(year.label(), List.of());
		}

		Set<Person> authors(LocalAuthority authority, AcademicYear year) {
			return authors.getOrDefault(authority, Map.of()).getOrDefault(year.label(), Set.of());
		}
	}

	/** The check of one local authority in one academic year. */
	private record Check(RuleContext context, Framework framework, Activity activity, Region region,
			LocalAuthority authority, AcademicYear year, int visitsPerYear) {

		void run() {
			List<Person> coordinators = coordinators();
			List<ShadowVisit> visits = activity.visits(authority, year);
			Map<Term, SupportKind> levels = levelsByTerm();
			LocalDate today = context.today();

			SupportKind yearlyLevel = null;
			LocalDate yearlyDue = null;
			for (Map.Entry<Term, SupportKind> entry : levels.entrySet()) {
				Term term = entry.getKey();
				JointVisitFrequency frequency = frequency(entry.getValue());
				LocalDate termEnd = TermDates.of(year, term).last();
				if (frequency == JointVisitFrequency.EACH_TERM && termEnd.isBefore(today)) {
					checkTerm(coordinators, visits, term, entry.getValue());
				} else if (frequency == JointVisitFrequency.EACH_YEAR) {
					yearlyLevel = yearlyLevel == null ? entry.getValue() : yearlyLevel;
					yearlyDue = termEnd;
				}
			}
			if (yearlyLevel != null && yearlyDue.isBefore(today)) {
				checkYear(coordinators, visits, yearlyLevel);
			}
		}

		private void checkTerm(List<Person> coordinators, List<ShadowVisit> visits, Term term, SupportKind level) {
			for (Person coordinator : coordinators) {
				boolean visited = visits.stream()
						.anyMatch(visit -> visit.getTerm() == term && visit.getAuthor() == coordinator);
				if (!visited) {
					context.report(Severity.WARNING, authority, NLS.bind(RuleMessages.JointVisit_eachTerm, new Object[] {
							coordinator.getName(), authority.getName(), term.getLiteral(), year.label(), level.getLiteral() }));
				}
			}
		}

		private void checkYear(List<Person> coordinators, List<ShadowVisit> visits, SupportKind level) {
			for (Person coordinator : coordinators) {
				long made = visits.stream().filter(visit -> visit.getAuthor() == coordinator).count();
				if (made < visitsPerYear) {
					context.report(Severity.WARNING, authority, NLS.bind(RuleMessages.JointVisit_eachYear, new Object[] {
							coordinator.getName(), made, visitsPerYear, authority.getName(), year.label(),
							level.getLiteral() }));
				}
			}
		}

		/** Returns the region's coordinators who wrote an evaluation of the LA this year, or all of them when none did. */
		private List<Person> coordinators() {
			Set<Person> authors = activity.authors(authority, year);
			List<Person> working = region.getCoordinators().stream().filter(authors::contains).toList();
			return working.isEmpty() ? List.copyOf(region.getCoordinators()) : working;
		}

		/** Returns the most intensive level of any phase in each term that has one, in term order. */
		private Map<Term, SupportKind> levelsByTerm() {
			Map<Term, SupportKind> levels = new EnumMap<>(Term.class);
			for (SupportAssignment assignment : authority.getSupportLevels()) {
				if (assignment.getLevel() == null || !year.label().equals(strip(assignment.getAcademicYear()))) {
					continue;
				}
				levels.merge(assignment.getTerm(), assignment.getLevel(),
						(first, second) -> first.getValue() <= second.getValue() ? first : second);
			}
			return levels;
		}

		private JointVisitFrequency frequency(SupportKind kind) {
			for (SupportLevel level : framework.getSupportLevels()) {
				if (level.getKind() == kind) {
					return level.getJointVisitFrequency();
				}
			}
			return JointVisitFrequency.NOT_REQUIRED;
		}

		private static String strip(String text) {
			return text == null ? null : text.strip();
		}
	}
}
