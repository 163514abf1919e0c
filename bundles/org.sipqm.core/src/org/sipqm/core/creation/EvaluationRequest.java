package org.sipqm.core.creation;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.Term;

/**
 * The user's choices for a new evaluation. Any component may be null while the user is still
 * choosing; {@link EvaluationCreation#check(EvaluationRequest)} names what is missing.
 *
 * @param schedule  the framework schedule, 1 to 4, as {@link org.sipqm.core.Evaluations#classOf(int)} maps them
 * @param authority the local authority: the subject of schedules 1 and 4, and the authority of the school otherwise
 * @param school    the school that schedules 2 and 3 evaluate; ignored for schedules 1 and 4
 * @param year      the academic year
 * @param term      the term of the academic year
 * @param author    a person of the organisation, or a new person that is in no resource yet, made by
 *                  {@link EvaluationCreation#newPerson(String)}
 */
public record EvaluationRequest(int schedule, LocalAuthority authority, School school, AcademicYear year, Term term,
		Person author) {

	/** Returns whether the schedule evaluates a school, rather than the local authority. */
	public static boolean evaluatesSchool(int schedule) {
		return schedule == 2 || schedule == 3;
	}

	/** Returns the school for schedules 2 and 3, and null for schedules 1 and 4. */
	public School subjectSchool() {
		return evaluatesSchool(schedule) ? school : null;
	}
}
