package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.Term;
import org.sipqm.ui.internal.creation.NewEvaluationHandler;
import org.sipqm.ui.internal.creation.NewEvaluationPage;
import org.sipqm.ui.internal.creation.NewEvaluationWizard;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.navigator.NavigatorPart;

/**
 * Drives the New Evaluation wizard over the small test workspace, beside a navigator, through its
 * widgets as a user would. A duplicate is rejected with its file named. Finish writes a file that
 * loads, and the navigator then selects the new evaluation and the editor area opens it.
 */
class NewEvaluationWizardTest {

	private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path folder;

	private PartHarness harness;
	private RecordingPartService parts;
	private Workspace workspace;
	private NavigatorPart navigator;
	private FinishingDialog dialog;

	@BeforeEach
	void openWorkspace() throws IOException, InterruptedException {
		Path small = TestWorkspaces.small(folder.resolve("small"));
		harness = new PartHarness(500, 700);
		parts = new RecordingPartService();
		harness.context().set(EPartService.class, parts.proxy());
		harness.workspaceService().open(small).join();
		workspace = harness.workspaceService().current().orElseThrow();
		navigator = harness.make(NavigatorPart.class);
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		harness.close();
	}

	@Test
	void duplicateRefusedThenFinishCreates() throws IOException {
		School school = ashby().getSchools().get(0);
		NewEvaluationWizard wizard = openWizard(school);
		NewEvaluationPage page = wizard.page();

		assertEquals(2, page.scheduleViewer().getStructuredSelection().getFirstElement(),
				"a school selected in the navigator should suggest schedule 2");
		assertSame(school, page.schoolViewer().getStructuredSelection().getFirstElement());

		type(page, "2007-08", Term.AUTUMN, "Jo Smith");
		String error = page.getErrorMessage();
		assertNotNull(error, "a second discussion with the school in the autumn term should be refused");
		assertTrue(error.contains("evaluations/la-901/2007-08/hd-1.xmi"), error);
		assertFalse(wizard.canFinish(), "Finish should stay disabled while the choices are refused");

		choose(page.termViewer(), Term.SUMMER);
		assertNull(page.getErrorMessage());
		assertTrue(page.getMessage().contains("evaluations/la-901/2007-08/hd-901-2007-08-summer-01.xmi"),
				page.getMessage());
		assertTrue(wizard.canFinish());

		dialog.finish();
		Evaluation created = wizard.created();
		assertNotNull(created, "Finish should create the evaluation");
		assertNull(dialog.getShell(), "the dialogue should close after Finish");
		Path file = workspace.root().resolve("evaluations/la-901/2007-08/hd-901-2007-08-summer-01.xmi");
		assertTrue(Files.isRegularFile(file));

		Workspace reopened = WorkspaceStore.open(workspace.root());
		HeadteacherDiscussion loaded = (HeadteacherDiscussion) reopened.evaluations().stream()
				.filter(evaluation -> evaluation.getId().equals("hd-901-2007-08-summer-01"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("the new file should load"));
		assertEquals("school-990101", loaded.getSchool().getId());
		assertEquals(EvaluationStatus.DRAFT, loaded.getStatus());
		assertEquals("Jo Smith", loaded.getAuthor().getName());

		NewEvaluationHandler.showCreated(harness.context().get(IEventBroker.class), parts.proxy(), workspace, created);
		harness.dispatchEvents();
		assertSame(created, navigator.getViewer().getStructuredSelection().getFirstElement(),
				"the navigator should select the new evaluation");
		assertEquals(1, parts.shown.size());
		MPart part = parts.shown.get(0);
		assertSame(created, EvaluationEditors.evaluationOf(part));
		assertEquals(EvaluationEditors.DESCRIPTOR_ID, part.getElementId(),
				"without an editor bundle the evaluation should open in the read-only part, as from the navigator");
	}

	@Test
	void invalidYearShownAsError() {
		NewEvaluationWizard wizard = openWizard(ashby());
		NewEvaluationPage page = wizard.page();

		type(page, "2007-09", Term.AUTUMN, "Jo Smith");

		assertEquals("'2007-09' is not an academic year. Enter it as 2007-08, with the second year following the first.",
				page.getErrorMessage());
		assertFalse(wizard.canFinish());
	}

	@Test
	void authoritySelectedSuggestsTermlyReview() {
		NewEvaluationWizard wizard = openWizard(ashby());
		NewEvaluationPage page = wizard.page();

		assertEquals(1, page.scheduleViewer().getStructuredSelection().getFirstElement());
		assertFalse(page.schoolViewer().getCombo().isEnabled(), "schedule 1 evaluates the local authority, not a school");
		type(page, "2007-08", Term.SPRING, "Jo Smith");
		assertTrue(wizard.canFinish(), "no termly review of Ashby exists: " + page.getErrorMessage());

		dialog.finish();
		assertInstanceOf(TermlyReview.class, wizard.created());
		assertEquals("tr-901-2007-08-spring", wizard.created().getId());
	}

	@Test
	void everyFieldLabelledAndReachable() {
		NewEvaluationPage page = openWizard(ashby()).page();
		List<Control> fields = List.of(page.scheduleViewer().getControl(), page.authorityViewer().getControl(),
				page.schoolViewer().getControl(), page.yearText(), page.termViewer().getControl(), page.authorCombo());

		for (Control field : fields) {
			assertNotNull(field.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "every field needs an accessible name: " + field);
			List<Control> tabList = List.of(field.getParent().getTabList());
			assertTrue(tabList.contains(field), "Tab should reach " + field.getData(EditorWidgets.ACCESSIBLE_NAME_KEY));
		}
		assertEquals("Academic year", page.yearText().getData(EditorWidgets.ACCESSIBLE_NAME_KEY));
	}

	private LocalAuthority ashby() {
		return workspace.organisation().orElseThrow().getRegions().get(0).getLocalAuthorities().get(0);
	}

	private NewEvaluationWizard openWizard(Object selection) {
		NewEvaluationWizard wizard = new NewEvaluationWizard(workspace, "sip-qm/1", selection);
		dialog = new FinishingDialog(harness.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		harness.waitUntil("the wizard shows", () -> dialog.getCurrentPage() != null, LOAD_TIMEOUT);
		return wizard;
	}

	/** Enters the year and author and chooses the term, through the widgets' own events. */
	private void type(NewEvaluationPage page, String year, Term term, String author) {
		page.yearText().setText(year);
		choose(page.termViewer(), term);
		Combo authorCombo = page.authorCombo();
		authorCombo.setText(author);
		harness.dispatchEvents();
	}

	/** Selects the element in the combo as a user would, so the combo sends its selection event. */
	private void choose(ComboViewer viewer, Object element) {
		Combo combo = viewer.getCombo();
		List<?> input = (List<?>) viewer.getInput();
		combo.select(input.indexOf(element));
		combo.notifyListeners(SWT.Selection, null);
		harness.dispatchEvents();
	}

	/** A wizard dialogue whose Finish a test can press. */
	private static final class FinishingDialog extends WizardDialog {

		FinishingDialog(Shell parent, NewEvaluationWizard wizard) {
			super(parent, wizard);
		}

		void finish() {
			finishPressed();
		}

		@Override
		public IWizardPage getCurrentPage() {
			return super.getCurrentPage();
		}
	}
}
