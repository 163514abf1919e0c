package org.sipqm.export.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.core.redaction.WithheldNotice;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Parts.Bookmark;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;

/**
 * What the regional summary shows, ready for a template: evaluations per local authority, the
 * grade distribution of each schedule's criteria across local authorities, joint-visit compliance
 * and agreed actions by status.
 *
 * @param years         the academic years of the selection, such as "2007/08"
 * @param scope         a sentence that states what the selection covers
 * @param audienceNote  the line that names the audience of the document
 * @param withheld      how much of each kind the redaction service withheld, over all evaluations
 * @param authorities   one row per local authority
 * @param distributions one grade distribution per schedule with judgements
 * @param jointVisits   joint-visit compliance by local authority and term
 * @param actions       agreed actions by status, one row per local authority
 */
public record RegionalSummary(String title, String years, String scope, String audienceNote, boolean shared, List<String> withheld,
		List<AuthorityRow> authorities, List<GradeDistribution> distributions, List<JointVisits.Row> jointVisits,
		List<ActionCounts> actions, String producedOn) {

	/** The number of evaluations of each schedule for one local authority. */
	public record AuthorityRow(String authority, String code, List<Integer> bySchedule, int judgements) {
	}

	/** The number of agreed actions of one local authority by status; overdue ones are open or in progress and past their due date. */
	public record ActionCounts(String authority, int open, int inProgress, int completed, int withdrawn, int overdue) {
	}

	/** Returns the text for the PDF's title and the HTML page's title. */
	public String documentTitle() {
		return title + ", " + years;
	}

	/** Returns the PDF's outline. */
	public List<Bookmark> bookmarks() {
		List<Bookmark> bookmarks = new ArrayList<>();
		bookmarks.add(new Bookmark(Messages.Summary_evaluations, "evaluations", List.of()));
		if (!distributions.isEmpty()) {
			bookmarks.add(new Bookmark(Messages.Summary_gradeDistribution, "grades",
					distributions.stream().map(found -> new Bookmark(found.title(), found.anchor(), List.of())).toList()));
		}
		bookmarks.add(new Bookmark(Messages.Summary_jointVisits, "joint-visits", List.of()));
		bookmarks.add(new Bookmark(Messages.Summary_actions, "actions", List.of()));
		return bookmarks;
	}

	/** Builds the summary of the redacted evaluations. */
	public static RegionalSummary of(List<RedactedEvaluation> evaluations, Audience audience, LocalDate producedOn) {
		return new RegionalSummary(Messages.Summary_title, years(evaluations), scope(evaluations), EvaluationReports.audienceNote(audience),
				audience == Audience.SHARED, withheld(evaluations), authorities(evaluations),
				GradeDistribution.of(evaluations), JointVisits.rows(evaluations), actions(evaluations, producedOn),
				Labels.date(producedOn));
	}

	private static String years(List<RedactedEvaluation> evaluations) {
		TreeSet<String> years = new TreeSet<>();
		for (RedactedEvaluation redacted : evaluations) {
			years.add(String.valueOf(redacted.evaluation().getAcademicYear()));
		}
		return String.join(", ", years);
	}

	private static String scope(List<RedactedEvaluation> evaluations) {
		java.util.Set<LocalAuthority> authorities = new java.util.HashSet<>();
		for (RedactedEvaluation redacted : evaluations) {
			authorities.add(redacted.evaluation().getLocalAuthority());
		}
		return NLS.bind(Messages.Summary_scope, new Object[] { evaluations.size(), authorities.size(),
				years(evaluations) });
	}

	private static List<String> withheld(List<RedactedEvaluation> evaluations) {
		Map<WithheldNotice.Kind, Integer> totals = new EnumMap<>(WithheldNotice.Kind.class);
		int evaluationsWithWithheld = 0;
		for (RedactedEvaluation redacted : evaluations) {
			if (redacted.anythingWithheld()) {
				evaluationsWithWithheld++;
			}
			redacted.withheld().forEach(notice -> totals.merge(notice.kind(), notice.count(), Integer::sum));
		}
		List<String> lines = new ArrayList<>();
		if (evaluationsWithWithheld > 0) {
			lines.add(NLS.bind(Messages.Summary_withheldFrom, evaluationsWithWithheld));
		}
		totals.forEach((kind, count) -> lines.add(NLS.bind(switch (kind) {
		case EVIDENCE_ITEMS -> Messages.Summary_withheldEvidence;
		case RESPONSES -> Messages.Summary_withheldResponses;
		case RATIONALES -> Messages.Summary_withheldRationales;
		case ACTIONS -> Messages.Summary_withheldActions;
		}, count)));
		return lines;
	}

	private static List<AuthorityRow> authorities(List<RedactedEvaluation> evaluations) {
		Map<LocalAuthority, int[]> counts = new LinkedHashMap<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			int[] row = counts.computeIfAbsent(evaluation.getLocalAuthority(), key -> new int[5]);
			int schedule = Rows.schedule(evaluation);
			if (schedule >= 1 && schedule <= 4) {
				row[schedule - 1]++;
			}
			row[4] += evaluation.getJudgements().size();
		}
		return counts.entrySet().stream()
				.map(entry -> new AuthorityRow(authorityName(entry.getKey()), Rows.code(entry.getKey()),
						List.of(entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3]),
						entry.getValue()[4]))
				.sorted(Comparator.comparing(AuthorityRow::authority))
				.toList();
	}

	private static List<ActionCounts> actions(List<RedactedEvaluation> evaluations, LocalDate today) {
		Map<LocalAuthority, int[]> counts = new LinkedHashMap<>();
		for (RedactedEvaluation redacted : evaluations) {
			Evaluation evaluation = redacted.evaluation();
			if (evaluation.getNoteOfVisit() == null) {
				continue;
			}
			int[] row = counts.computeIfAbsent(evaluation.getLocalAuthority(), key -> new int[5]);
			for (var action : evaluation.getNoteOfVisit().getActions()) {
				ActionStatus status = action.getStatus() == null ? ActionStatus.OPEN : action.getStatus();
				row[status.getValue()]++;
				boolean pending = status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS;
				if (pending && action.getDueDate() != null && action.getDueDate().isBefore(today)) {
					row[4]++;
				}
			}
		}
		return counts.entrySet().stream()
				.map(entry -> new ActionCounts(authorityName(entry.getKey()), entry.getValue()[0], entry.getValue()[1],
						entry.getValue()[2], entry.getValue()[3], entry.getValue()[4]))
				.sorted(Comparator.comparing(ActionCounts::authority))
				.toList();
	}

	private static String authorityName(LocalAuthority authority) {
		String name = Rows.name(authority);
		return name.isEmpty() ? Messages.Summary_noAuthority : name;
	}
}
