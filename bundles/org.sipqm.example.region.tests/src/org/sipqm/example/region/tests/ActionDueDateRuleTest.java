package org.sipqm.example.region.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.Severity;
import org.sipqm.example.region.internal.rules.ActionDueDateRule;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Action;
import org.sipqm.model.evaluation.ActionStatus;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.NoteOfVisit;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;

class ActionDueDateRuleTest {

	private static final LocalDate VISIT = LocalDate.of(2007, 10, 15);

	private final ActionDueDateRule rule = new ActionDueDateRule();

	@ParameterizedTest(name = "due {0}, max {1} weeks: {2} findings")
	@CsvSource({ "2007-10-15, 12, 0", "2008-01-07, 12, 0", "2008-01-08, 12, 1", "2007-12-10, 8, 0", "2007-12-11, 8, 1",
			"2007-10-14, 12, 1" })
	void dueDateAgainstLimit(LocalDate due, int maxWeeks, int findings) {
		Action action = action(due, ActionStatus.OPEN);
		RecordingContext context = new RecordingContext(Map.of(ActionDueDateRule.MAX_WEEKS, maxWeeks));

		rule.check(action, context);

		assertEquals(findings, context.messages.size(), context.messages.toString());
	}

	@Test
	void missingDueDateIsReported() {
		RecordingContext context = new RecordingContext(Map.of());

		rule.check(action(null, ActionStatus.IN_PROGRESS), context);

		assertEquals(1, context.messages.size());
		assertTrue(context.messages.get(0).contains("has no due date"), context.messages.get(0));
		assertTrue(context.messages.get(0).contains("'Agree a CPD plan with each SIP'"), context.messages.get(0));
	}

	@Test
	void lateDueDateNamesDatesAndWeeks() {
		RecordingContext context = new RecordingContext(Map.of());

		rule.check(action(LocalDate.of(2008, 3, 1), ActionStatus.OPEN), context);

		String message = context.messages.get(0);
		assertTrue(message.contains("2008-03-01"), message);
		assertTrue(message.contains("more than 12 weeks after the visit on 2007-10-15"), message);
	}

	@Test
	void finishedActionsAreSkipped() {
		RecordingContext context = new RecordingContext(Map.of());

		rule.check(action(null, ActionStatus.COMPLETED), context);
		rule.check(action(null, ActionStatus.WITHDRAWN), context);

		assertEquals(List.of(), context.messages);
	}

	@Test
	void appliesToActionsOnly() {
		assertTrue(rule.appliesTo(action(VISIT, ActionStatus.OPEN)));
		assertTrue(!rule.appliesTo(EvaluationFactory.eINSTANCE.createNoteOfVisit()));
		assertEquals("em.action-due-date", rule.id());
	}

	private static Action action(LocalDate due, ActionStatus status) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createTermlyReview();
		NoteOfVisit note = EvaluationFactory.eINSTANCE.createNoteOfVisit();
		note.setDate(VISIT);
		evaluation.setNoteOfVisit(note);

		Action action = EvaluationFactory.eINSTANCE.createAction();
		action.setDescription("Agree a CPD plan with each SIP");
		action.setDueDate(due);
		action.setStatus(status);
		note.getActions().add(action);
		return action;
	}

	/** A rule context that records the messages reported and gives the rule fixed parameters. */
	private static final class RecordingContext implements RuleContext {

		private final Map<String, Integer> parameters;
		private final List<String> messages = new ArrayList<>();

		RecordingContext(Map<String, Integer> parameters) {
			this.parameters = parameters;
		}

		@Override
		public int intParameter(String name, int defaultValue, int minimum) {
			return parameters.getOrDefault(name, defaultValue);
		}

		@Override
		public void report(Severity severity, EObject element, String message) {
			messages.add(message);
		}

		@Override
		public void report(Severity severity, Path file, String message) {
			messages.add(file + ": " + message);
		}

		@Override
		public LocalDate today() {
			return VISIT;
		}

		@Override
		public Workspace workspace() {
			throw new UnsupportedOperationException("The rule under test does not read the workspace");
		}

		@Override
		public FrameworkLookup frameworks() {
			throw new UnsupportedOperationException("The rule under test does not read frameworks");
		}

		@Override
		public Framework frameworkOf(Evaluation evaluation) {
			throw new UnsupportedOperationException("The rule under test does not read frameworks");
		}

		@Override
		public Optional<Criterion> findCriterion(CriterionUri uri) {
			throw new UnsupportedOperationException("The rule under test does not look criteria up");
		}
	}
}
