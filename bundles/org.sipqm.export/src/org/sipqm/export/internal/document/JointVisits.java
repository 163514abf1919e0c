package org.sipqm.export.internal.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.export.internal.Messages;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.JointVisitFrequency;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.framework.SupportLevel;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * Checks joint visits against the framework's rule for each local authority's support level. In
 * an intensive LA each SIPCo of the region makes a joint visit every term. In a targeted LA each
 * SIPCo makes joint visits during the year, and in a universal LA none are required. Visits are
 * counted from the shadow visits (schedule 3) of the export's selection only, and each term of
 * the selection gets a row for each local authority in it.
 */
public final class JointVisits {

	/** Whether a row meets the rule. */
	public enum Compliance {
		MET, NOT_MET, NOT_REQUIRED, UNKNOWN
	}

	/**
	 * The joint visits of one local authority in one term.
	 *
	 * @param supportLevel   the LA's support level that term, the most intensive of its phases
	 * @param requirement    the rule that applies, in words
	 * @param visits         the shadow visits recorded in the LA that term
	 * @param coordinators   the region's SIPCos who made one of those visits, of how many
	 * @param compliance     whether the rule is met; for a yearly rule, over the selected terms of the year
	 * @param complianceText the compliance in words
	 */
	public record Row(String authority, String authorityCode, String academicYear, String term, String supportLevel,
			String requirement, int visits, String coordinators, Compliance compliance, String complianceText) {
	}

	private JointVisits() {
	}

	/** Returns a row per local authority and term of the selection, ordered by LA name, year and term. */
	public static List<Row> rows(List<RedactedEvaluation> evaluations) {
		Map<LocalAuthority, List<Evaluation>> byAuthority = new LinkedHashMap<>();
		Set<Period> periods = new TreeSet<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			LocalAuthority authority = evaluation.getLocalAuthority();
			if (authority == null || authority.eIsProxy() || evaluation.getAcademicYear() == null) {
				continue;
			}
			byAuthority.computeIfAbsent(authority, key -> new ArrayList<>()).add(evaluation);
			periods.add(new Period(evaluation.getAcademicYear(), term(evaluation)));
		}

		List<LocalAuthority> authorities = new ArrayList<>(byAuthority.keySet());
		authorities.sort(Comparator.comparing(authority -> String.valueOf(authority.getName())));
		List<Row> rows = new ArrayList<>();
		for (LocalAuthority authority : authorities) {
			List<ShadowVisit> visits = byAuthority.get(authority).stream()
					.filter(ShadowVisit.class::isInstance).map(ShadowVisit.class::cast).toList();
			for (Period period : periods) {
				rows.add(row(authority, period, visits, periods));
			}
		}
		return rows;
	}

	private static Row row(LocalAuthority authority, Period period, List<ShadowVisit> visits, Set<Period> periods) {
		List<Person> coordinators = coordinators(authority);
		List<ShadowVisit> termVisits = visits.stream().filter(visit -> period.contains(visit)).toList();
		SupportKind kind = supportLevel(authority, period);
		JointVisitFrequency frequency = kind == null ? null : frequency(kind);

		List<ShadowVisit> counted = frequency == JointVisitFrequency.EACH_YEAR
				? visits.stream().filter(visit -> period.sameYear(visit) && periods.contains(Period.of(visit))).toList()
				: termVisits;
		Set<Person> visiting = new HashSet<>();
		counted.forEach(visit -> visiting.add(visit.getAuthor()));
		int required = Math.max(1, coordinators.size());
		int coordinatorsVisiting = coordinators.isEmpty() ? Math.min(1, counted.size())
				: (int) coordinators.stream().filter(visiting::contains).count();

		Compliance compliance;
		if (frequency == null) {
			compliance = Compliance.UNKNOWN;
		} else if (frequency == JointVisitFrequency.NOT_REQUIRED) {
			compliance = Compliance.NOT_REQUIRED;
		} else {
			compliance = coordinatorsVisiting >= required ? Compliance.MET : Compliance.NOT_MET;
		}
		return new Row(Rows.name(authority), Rows.code(authority), period.academicYear(), SipqmLabels.term(period.term()),
				kind == null ? Messages.JointVisits_unknownLevel : SipqmLabels.support(kind), requirement(frequency),
				termVisits.size(), NLS.bind(Messages.JointVisits_coordinators, coordinatorsVisiting, required), compliance,
				complianceText(compliance, frequency));
	}

	/** Returns the LA's most intensive support level in the period over its phases, or null when none is recorded. */
	private static SupportKind supportLevel(LocalAuthority authority, Period period) {
		SupportKind most = null;
		for (SupportAssignment assignment : authority.getSupportLevels()) {
			if (period.academicYear().equals(assignment.getAcademicYear()) && assignment.getTerm() == period.term()) {
				SupportKind level = assignment.getLevel();
				if (most == null || level.getValue() < most.getValue()) {
					most = level;
				}
			}
		}
		return most;
	}

	private static JointVisitFrequency frequency(SupportKind kind) {
		for (SupportLevel level : FrameworkRegistry.getDefault().national().getSupportLevels()) {
			if (level.getKind() == kind) {
				return level.getJointVisitFrequency();
			}
		}
		return null;
	}

	private static List<Person> coordinators(LocalAuthority authority) {
		return authority.eContainer() instanceof Region region ? region.getCoordinators() : List.of();
	}

	private static String requirement(JointVisitFrequency frequency) {
		if (frequency == null) {
			return Messages.JointVisits_unknownRequirement;
		}
		return switch (frequency) {
		case EACH_TERM -> Messages.JointVisits_eachTerm;
		case EACH_YEAR -> Messages.JointVisits_eachYear;
		case NOT_REQUIRED -> Messages.JointVisits_notRequired;
		};
	}

	private static String complianceText(Compliance compliance, JointVisitFrequency frequency) {
		return switch (compliance) {
		case MET -> frequency == JointVisitFrequency.EACH_YEAR ? Messages.JointVisits_metForYear : Messages.JointVisits_met;
		case NOT_MET -> frequency == JointVisitFrequency.EACH_YEAR ? Messages.JointVisits_notMetForYear
				: Messages.JointVisits_notMet;
		case NOT_REQUIRED -> Messages.JointVisits_notRequiredShort;
		case UNKNOWN -> Messages.JointVisits_unknown;
		};
	}

	private static Term term(Evaluation evaluation) {
		return evaluation.getTerm() == null ? Term.AUTUMN : evaluation.getTerm();
	}

	/** A term of an academic year, ordered by year and then term. */
	private record Period(String academicYear, Term term) implements Comparable<Period> {

		static Period of(Evaluation evaluation) {
			return new Period(evaluation.getAcademicYear(), JointVisits.term(evaluation));
		}

		boolean contains(Evaluation evaluation) {
			return equals(of(evaluation));
		}

		boolean sameYear(Evaluation evaluation) {
			return academicYear.equals(evaluation.getAcademicYear());
		}

		@Override
		public int compareTo(Period other) {
			int byYear = academicYear.compareTo(other.academicYear);
			return byYear != 0 ? byYear : Integer.compare(term.getValue(), other.term.getValue());
		}
	}
}
