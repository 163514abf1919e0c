package org.sipqm.core.summary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.Evaluations;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.SectionJudgement;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.Term;

/**
 * Counts of what a workspace holds. The maps list every schedule, term and status, with zero
 * where there is none. The model's defaults apply, so an evaluation that records no term counts
 * as autumn and one that records no status as draft.
 *
 * @param regions              regions in the organisation
 * @param localAuthorities     local authorities in all regions
 * @param schools              schools in all local authorities
 * @param partners             School Improvement Partners in all local authorities
 * @param evaluations          evaluations loaded
 * @param evaluationsBySchedule evaluations by schedule number, 1 to 4
 * @param evaluationsByTerm    evaluations by term
 * @param evaluationsByStatus  evaluations by status
 * @param judgements           criterion judgements in all evaluations
 * @param sectionJudgements    section judgements in all evaluations
 * @param responses            responses to schedule 2 questions in all evaluations
 * @param evidenceItems        evidence items in all evaluations
 * @param loadProblems         problems met while the workspace was opened
 */
public record WorkspaceSummary(int regions, int localAuthorities, int schools, int partners, int evaluations,
		SortedMap<Integer, Integer> evaluationsBySchedule, Map<Term, Integer> evaluationsByTerm,
		Map<EvaluationStatus, Integer> evaluationsByStatus, int judgements, int sectionJudgements, int responses,
		int evidenceItems, int loadProblems) {

	/** Counts the contents of the workspace. */
	public static WorkspaceSummary of(Workspace workspace) {
		Counter counter = new Counter();
		workspace.organisation().ifPresent(counter::countOrganisation);
		for (Evaluation evaluation : workspace.evaluations()) {
			counter.countEvaluation(evaluation);
		}
		return new WorkspaceSummary(counter.regions, counter.localAuthorities, counter.schools, counter.partners,
				workspace.evaluations().size(), Collections.unmodifiableSortedMap(counter.bySchedule),
				Collections.unmodifiableMap(counter.byTerm), Collections.unmodifiableMap(counter.byStatus),
				counter.judgements, counter.sectionJudgements, counter.responses, counter.evidenceItems,
				workspace.problems().size());
	}

	/** Returns the number of evaluations of a schedule, 1 to 4. */
	public int evaluationsOfSchedule(int schedule) {
		return evaluationsBySchedule.getOrDefault(schedule, 0);
	}

	private static final class Counter {

		int regions;
		int localAuthorities;
		int schools;
		int partners;
		int judgements;
		int sectionJudgements;
		int responses;
		int evidenceItems;
		final SortedMap<Integer, Integer> bySchedule = new TreeMap<>(Map.of(1, 0, 2, 0, 3, 0, 4, 0));
		final Map<Term, Integer> byTerm = zeroes(Term.class);
		final Map<EvaluationStatus, Integer> byStatus = zeroes(EvaluationStatus.class);

		void countOrganisation(Organisation organisation) {
			for (Region region : organisation.getRegions()) {
				regions++;
				for (LocalAuthority authority : region.getLocalAuthorities()) {
					localAuthorities++;
					schools += authority.getSchools().size();
					partners += authority.getPartners().size();
				}
			}
		}

		void countEvaluation(Evaluation evaluation) {
			bySchedule.merge(Evaluations.scheduleOf(evaluation), 1, Integer::sum);
			byTerm.merge(evaluation.getTerm(), 1, Integer::sum);
			byStatus.merge(evaluation.getStatus(), 1, Integer::sum);

			for (TreeIterator<EObject> contents = evaluation.eAllContents(); contents.hasNext();) {
				switch (contents.next()) {
				case Judgement judgement -> judgements++;
				case SectionJudgement judgement -> sectionJudgements++;
				case Response response -> responses++;
				case EvidenceItem item -> evidenceItems++;
				default -> {
					// Other elements are not counted.
				}
				}
			}
		}

		private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
			Map<E, Integer> counts = new EnumMap<>(type);
			for (E value : type.getEnumConstants()) {
				counts.put(value, 0);
			}
			return counts;
		}
	}
}
