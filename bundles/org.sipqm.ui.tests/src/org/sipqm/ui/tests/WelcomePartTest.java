package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.core.summary.WorkspaceSummary;
import org.sipqm.ui.internal.parts.WelcomePart;

/** Renders the Welcome part into a real SWT shell and checks what it shows about the workspace. */
class WelcomePartTest {

	@TempDir
	Path folder;

	private PartHarness harness;

	@BeforeEach
	void openShell() {
		harness = new PartHarness(800, 600);
	}

	@AfterEach
	void closeShell() {
		harness.close();
	}

	@Test
	void formTitleNamesProduct() {
		harness.make(WelcomePart.class);

		ScrolledForm form = findOnly(ScrolledForm.class);

		assertEquals("SIP QM Workbench", form.getText());
		assertTrue(form.isVisible(), "the form should be visible once the shell is open");
	}

	@Test
	void workspaceFolderShown() {
		harness.make(WelcomePart.class);

		// tycho-surefire starts the test runtime with an instance location under target/work.
		assertNotNull(Platform.getInstanceLocation().getURL(), "the test runtime should have an instance location");
		String expectedPath = new File(Platform.getInstanceLocation().getURL().getPath()).getPath();
		List<String> labelTexts = labelTexts();

		assertTrue(labelTexts.contains("Workspace folder:"), "labels found: " + labelTexts);
		assertTrue(labelTexts.contains(expectedPath), "expected " + expectedPath + " in labels " + labelTexts);
	}

	@Test
	void loadedWorkspaceSummarised() throws IOException {
		Path small = TestWorkspaces.small(folder.resolve("small"));
		WorkspaceSummary summary = WorkspaceSummary.of(WorkspaceStore.open(small));
		String expected = summary.localAuthorities() + " local authorities, " + summary.schools() + " schools and "
				+ summary.evaluations() + " evaluations.";
		harness.make(WelcomePart.class);

		harness.workspaceService().open(small);
		harness.waitUntil("the Welcome part names the loaded workspace", () -> labelTexts().contains(expected),
				Duration.ofSeconds(60));

		assertTrue(labelTexts().contains(small.toString()), "the folder should be shown: " + labelTexts());
	}

	private List<String> labelTexts() {
		return PartHarness.findAll(harness.shell(), Label.class).stream().map(Label::getText).toList();
	}

	private ScrolledForm findOnly(Class<ScrolledForm> type) {
		List<ScrolledForm> matches = PartHarness.findAll(harness.shell(), type);
		assertEquals(1, matches.size(), "expected exactly one " + type.getSimpleName());
		return matches.get(0);
	}
}
