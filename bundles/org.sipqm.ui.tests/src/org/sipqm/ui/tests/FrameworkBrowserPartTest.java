package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;
import org.sipqm.ui.internal.framework.FrameworkBrowserPart;

/** Renders the framework browser and reads the national framework through it. */
class FrameworkBrowserPartTest {

	private PartHarness harness;

	@BeforeEach
	void openShell() {
		harness = new PartHarness(900, 700);
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void treeListsFourSchedules() {
		FrameworkBrowserPart browser = harness.make(FrameworkBrowserPart.class);

		List<String> schedules = Arrays.stream(browser.getViewer().getTree().getItems())
				.map(TreeItem::getText)
				.filter(text -> text.startsWith("Schedule "))
				.toList();

		assertEquals(List.of("Schedule 1: Local authority processes", "Schedule 2: Interactions with schools",
				"Schedule 3: Shadowing SIP visits", "Schedule 4: Criteria for self-evaluation of LA practice"), schedules);
	}

	@Test
	void selectedCriterionShownInFull() {
		FrameworkBrowserPart browser = harness.make(FrameworkBrowserPart.class);
		Schedule schedule = FrameworkRegistry.getDefault().schedule(1).orElseThrow();
		Criterion criterion = FrameworkRegistry.allCriteria(schedule).stream()
				.filter(candidate -> !candidate.getSubItems().isEmpty())
				.findFirst()
				.orElseThrow();

		browser.getViewer().setSelection(new StructuredSelection(criterion), true);
		harness.dispatchEvents();

		List<String> labels = PartHarness.findAll(browser.getDetails().getBody(), Label.class).stream()
				.map(Label::getText)
				.toList();
		assertTrue(browser.getDetails().getText().startsWith(criterion.getCode()), "title: " + browser.getDetails().getText());
		assertTrue(labels.contains(criterion.getStatement()), "the statement should be shown in full: " + labels);
		for (String item : criterion.getSubItems()) {
			assertTrue(labels.contains("\u2022 " + item), "sub-item missing: " + item);
		}
		assertFalse(browser.getViewer().getSelection().isEmpty(), "the criterion should be selected in the tree");
	}
}
