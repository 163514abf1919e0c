package org.sipqm.core.internal.sample;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.calendar.DateRange;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/** Everything the evaluation makers need for one local authority in one term. */
final class TermPlan {

	final AuthorityPlan authority;
	final AcademicYear year;
	final Term term;
	final SampleRandom random;
	final PhraseBank phrases;
	final ScaleProfile profile;
	final FrameworkCriteria criteria;
	final Workspace workspace;
	final GradeModel grades;
	private final Map<String, Integer> rotations = new HashMap<>();

	TermPlan(AuthorityPlan authority, AcademicYear year, Term term, PhraseBank phrases, ScaleProfile profile,
			FrameworkCriteria criteria, Workspace workspace) {
		this.authority = authority;
		this.year = year;
		this.term = term;
		this.random = new SampleRandom(SampleRandom.derive(authority.seed(), term.getLiteral()));
		this.phrases = phrases;
		this.profile = profile;
		this.criteria = criteria;
		this.workspace = workspace;
		this.grades = new GradeModel(authority, term, random);
	}

	LocalAuthority la() {
		return authority.authority();
	}

	/**
	 * Returns the teaching weeks of the term, inside the term dates that the validator uses:
	 * autumn 10 September to 14 December, spring 8 January to 20 March, summer 14 April to
	 * 18 July.
	 */
	DateRange teachingWeeks() {
		int start = year.startYear();
		return switch (term) {
		case AUTUMN -> new DateRange(LocalDate.of(start, Month.SEPTEMBER, 10), LocalDate.of(start, Month.DECEMBER, 14));
		case SPRING -> new DateRange(LocalDate.of(start + 1, Month.JANUARY, 8), LocalDate.of(start + 1, Month.MARCH, 20));
		case SUMMER -> new DateRange(LocalDate.of(start + 1, Month.APRIL, 14), LocalDate.of(start + 1, Month.JULY, 18));
		};
	}

	/** Returns a weekday in the teaching weeks, at least a week after they start. */
	LocalDate visitDate() {
		DateRange weeks = teachingWeeks();
		return random.weekday(weeks.first().plusDays(7), weeks.last());
	}

	/** Returns an id such as tr-831-2007-08-autumn, with a two-digit number when number is positive. */
	String evaluationId(String prefix, int number) {
		String id = prefix + "-" + la().getCode() + "-" + year.folderName() + "-" + term.getLiteral();
		return number > 0 ? id + String.format(Locale.ROOT, "-%02d", number) : id;
	}

	/** Sets the fields every evaluation has: id, framework, year, term, date, author and authority. */
	void fillCommon(Evaluation evaluation, String id, LocalDate date) {
		evaluation.setId(id);
		evaluation.setFramework(criteria.frameworkKey());
		evaluation.setAcademicYear(year.label());
		evaluation.setTerm(term);
		evaluation.setDate(date);
		evaluation.setLocalAuthority(la());
		evaluation.setAuthor(authority.coordinator());
	}

	/** Returns the support level of the phase in this term; universal when none is recorded. */
	SupportKind supportLevel(Phase phase) {
		for (SupportAssignment assignment : la().getSupportLevels()) {
			if (assignment.getTerm() == term && assignment.getPhase() == phase
					&& year.label().equals(assignment.getAcademicYear())) {
				return assignment.getLevel();
			}
		}
		return SupportKind.UNIVERSAL;
	}

	/**
	 * Draws a status: earlier terms are mostly published or agreed, the summer term mostly draft.
	 */
	EvaluationStatus status() {
		double[] bounds = switch (term) {
		case AUTUMN -> new double[] { 0.75, 0.95 };
		case SPRING -> new double[] { 0.35, 0.85 };
		case SUMMER -> new double[] { 0.05, 0.25 };
		};
		return random.choose(bounds, EvaluationStatus.PUBLISHED, EvaluationStatus.AGREED, EvaluationStatus.DRAFT);
	}

	/** Returns the placeholder values the phrase bank's templates use. */
	Map<String, String> placeholders() {
		Map<String, String> values = new HashMap<>();
		values.put("la", la().getName());
		values.put("manager", la().getSipManager().getName());
		values.put("month", year.label());
		return values;
	}

	/**
	 * Returns the entries of a section in turn, starting at a random one, so that neighbouring
	 * judgements of one evaluation do not repeat the same sentence.
	 */
	String nextInTurn(String section) {
		List<String> entries = phrases.entries(section);
		int position = rotations.computeIfAbsent(section, name -> random.between(0, entries.size() - 1));
		rotations.put(section, position + 1);
		return entries.get(position % entries.size());
	}

	/** Fills a phrase picked from the section with the placeholders and the extra values. */
	String phrase(String section, Map<String, String> extra) {
		Map<String, String> values = placeholders();
		values.putAll(extra);
		return PhraseBank.fill(phrases.pick(section, random), values);
	}
}
