package org.sipqm.export.internal.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.sipqm.export.internal.Messages;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.School;

/** Labels that exported documents print, in British English. */
public final class Labels {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Labels() {
	}

	/** Returns the date written out, such as "12 September 2007", or null for null. */
	public static String date(LocalDate date) {
		return date == null ? null : LONG_DATE.format(date);
	}

	/** Returns the grade's label with its column, such as "2 Good", or "Not judged". */
	public static String grade(Grade grade) {
		if (grade == null || grade == Grade.NOT_JUDGED) {
			return SipqmLabels.grade(Grade.NOT_JUDGED);
		}
		return grade.getValue() + " " + SipqmLabels.grade(grade);
	}

	/** Returns the CSS class that colours the grade, such as {@code grade-2}. */
	public static String gradeClass(Grade grade) {
		return grade == null || grade == Grade.NOT_JUDGED ? "grade-none" : "grade-" + grade.getValue();
	}

	/** Returns the label of an evidence kind, such as "SIP report". */
	public static String evidenceKind(EvidenceKind kind) {
		return switch (kind == null ? EvidenceKind.OTHER : kind) {
		case DOCUMENT -> Messages.EvidenceKind_document;
		case MEETING_RECORD -> Messages.EvidenceKind_meetingRecord;
		case OBSERVATION -> Messages.EvidenceKind_observation;
		case DATA -> Messages.EvidenceKind_data;
		case DISCUSSION -> Messages.EvidenceKind_discussion;
		case SIP_REPORT -> Messages.EvidenceKind_sipReport;
		case OTHER -> Messages.EvidenceKind_other;
		};
	}

	/** Returns the label of an action's status, such as "In progress". */
	public static String actionStatus(ActionStatus status) {
		return switch (status == null ? ActionStatus.OPEN : status) {
		case OPEN -> Messages.ActionStatus_open;
		case IN_PROGRESS -> Messages.ActionStatus_inProgress;
		case COMPLETED -> Messages.ActionStatus_completed;
		case WITHDRAWN -> Messages.ActionStatus_withdrawn;
		};
	}

	/** Returns "Yes" or "No". */
	public static String yesNo(boolean value) {
		return value ? Messages.Document_yes : Messages.Document_no;
	}

	/** Returns the local authority's name and code, such as "Derby (831)", or null when there is none. */
	public static String authority(LocalAuthority authority) {
		if (authority == null || authority.eIsProxy()) {
			return null;
		}
		return Texts.clean(SipqmLabels.text(authority));
	}

	/** Returns the school's name and URN, or null when there is none. */
	public static String school(School school) {
		return school == null || school.eIsProxy() ? null : Texts.clean(SipqmLabels.text(school));
	}

	/** Returns the person's name and role, or null when there is none. */
	public static String person(Person person) {
		return person == null || person.eIsProxy() ? null : Texts.clean(SipqmLabels.text(person));
	}
}
