package org.sipqm.core.internal.sample;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** The parts of the national framework that the generator fills in. */
final class FrameworkCriteria {

	/** The section of schedules 1 and 2 that contains the overall prompts instead of criteria to judge. */
	private static final String OVERALL_SECTION = "3";

	private final Framework framework;
	private final List<Criterion> reviewCriteria;
	private final List<Criterion> questions;
	private final List<Criterion> selfEvaluationCriteria;
	private final List<ProtocolStep> visitSteps;

	FrameworkCriteria(FrameworkRegistry registry) {
		this.framework = registry.national();
		this.reviewCriteria = judged(schedule(registry, 1));
		this.questions = FrameworkRegistry.allCriteria(schedule(registry, 2)).stream()
				.filter(criterion -> criterion.getKind() == CriterionKind.QUESTION)
				.toList();
		this.selfEvaluationCriteria = judged(schedule(registry, 4));
		this.visitSteps = schedule(registry, 3).getProtocols().stream()
				.flatMap(protocol -> protocol.getSteps().stream())
				.toList();
	}

	/** Returns the framework key that evaluations record, such as "sip-qm/1". */
	String frameworkKey() {
		return framework.getId() + "/" + framework.getEdition();
	}

	/** Returns the schedule 1 criteria of sections 1.1 to 2.5, in document order. */
	List<Criterion> reviewCriteria() {
		return reviewCriteria;
	}

	/** Returns the schedule 2 questions, in document order. */
	List<Criterion> questions() {
		return questions;
	}

	/** Returns the schedule 4 criteria, in document order. */
	List<Criterion> selfEvaluationCriteria() {
		return selfEvaluationCriteria;
	}

	/** Returns the steps of the schedule 3 joint-visit protocol. */
	List<ProtocolStep> visitSteps() {
		return visitSteps;
	}

	/** Returns the code of the section that directly contains the criterion, such as "2.3a". */
	static String sectionOf(Criterion criterion) {
		return ((Section) criterion.eContainer()).getCode();
	}

	/** Returns the code of the top-level section that contains the criterion, such as "2.3". */
	static String topSectionOf(Criterion criterion) {
		EObject current = criterion.eContainer();
		while (current.eContainer() instanceof Section parent) {
			current = parent;
		}
		return ((Section) current).getCode();
	}

	private static List<Criterion> judged(Schedule schedule) {
		return FrameworkRegistry.allCriteria(schedule).stream()
				.filter(criterion -> !OVERALL_SECTION.equals(topSectionOf(criterion)))
				.filter(criterion -> criterion.getKind() != CriterionKind.PROMPT)
				.toList();
	}

	private static Schedule schedule(FrameworkRegistry registry, int number) {
		return registry.schedule(number).orElseThrow(() -> new IllegalStateException(
				"The national framework has no schedule " + number + "; the sample generator needs schedules 1 to 4"));
	}
}
