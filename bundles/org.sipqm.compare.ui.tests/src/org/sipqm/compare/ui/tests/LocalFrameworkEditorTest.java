package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.compare.LocalFrameworkElements;
import org.sipqm.compare.ui.internal.editor.LocalFrameworkEditorPart;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage.Literals;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationSaveHandler;
import org.sipqm.ui.internal.editing.RedoHandler;
import org.sipqm.ui.internal.editing.SavePrompt;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.RecordingSavePrompt;

/**
 * Renders the local framework editor into a real SWT shell of 1024 by 768 pixels on a framework
 * saved in a test workspace, and edits it through its buttons and fields as a user does.
 */
class LocalFrameworkEditorTest {

	private static final long TIMEOUT_MILLIS = 10_000;

	@TempDir
	Path workspace;

	private Path file;
	private Shell shell;
	private IEclipseContext context;
	private IEclipseContext partContext;
	private MPart part;
	private LocalFrameworkEditorPart editor;

	@BeforeEach
	void openSavedFramework() throws IOException {
		Framework framework = LocalFrameworkElements.newFramework("derby-qm");
		framework.setName("Derby QM framework");
		Schedule schedule = LocalFrameworkElements.newSchedule(framework);
		framework.getSchedules().add(schedule);
		Section section = LocalFrameworkElements.newSection(schedule);
		section.setTitle("Managing SIPs");
		schedule.getSections().add(section);
		Criterion criterion = LocalFrameworkElements.newCriterion(section);
		criterion.setStatement("SIPs are matched to schools by need and context.");
		section.getCriteria().add(criterion);
		file = workspace.resolve(ComparisonStore.saveFramework(workspace, framework));

		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1024, 768);
		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(LocalFrameworkEditorTest.class).getBundleContext());
		context = services.createChild(LocalFrameworkEditorTest.class.getSimpleName());
		context.set(Composite.class, shell);
		open();
	}

	@AfterEach
	void close() {
		closeEditor();
		context.dispose();
		shell.dispose();
	}

	@Test
	void editUndoRedoSaveReopen() {
		Section section = editor.framework().getSchedules().get(0).getSections().get(0);
		editor.select(section);

		press(editor.addCriterionButton());
		Criterion added = assertInstanceOf(Criterion.class, editor.detail().element(), "selected after Add Criterion");
		assertEquals("1.2", added.getCode());
		assertEquals(2, section.getCriteria().size());

		type(Literals.CRITERION__STATEMENT, "The LA publishes a termly newsletter for parents.");
		waitUntil("the wording reaches the model",
				() -> "The LA publishes a termly newsletter for parents.".equals(added.getStatement()));
		Button critical = (Button) editor.detail().field(Literals.CRITERION__CRITICAL, 0);
		critical.setSelection(true);
		critical.notifyListeners(SWT.Selection, null);
		assertTrue(added.isCritical(), "critical after ticking");
		assertTrue(part.isDirty(), "dirty after edits");

		new UndoHandler().execute(part);
		assertFalse(added.isCritical(), "critical after undo");
		assertFalse(critical.getSelection(), "check box after undo");
		new RedoHandler().execute(part);
		assertTrue(added.isCritical(), "critical after redo");
		assertTrue(critical.getSelection(), "check box after redo");

		assertTrue(new EvaluationSaveHandler(new RecordingSavePrompt(SavePrompt.Choice.CANCEL)).save(part, false), "saved");
		assertFalse(part.isDirty(), "dirty after save");

		closeEditor();
		open();
		Criterion reopened = editor.framework().getSchedules().get(0).getSections().get(0).getCriteria().get(1);
		assertEquals("1.2", reopened.getCode());
		assertEquals("The LA publishes a termly newsletter for parents.", reopened.getStatement());
		assertTrue(reopened.isCritical(), "critical after reopening");
		assertFalse(part.isDirty(), "dirty after reopening");
	}

	@Test
	void duplicateCodeShowsMessage() {
		Section section = editor.framework().getSchedules().get(0).getSections().get(0);
		editor.select(section);
		press(editor.addCriterionButton());

		type(Literals.CRITERION__CODE, "1.1");
		waitUntil("the duplicate code is reported",
				() -> editor.detail().problemText(Literals.CRITERION__CODE, 0).contains("1.1"));

		String message = editor.detail().problemText(Literals.CRITERION__CODE, 0);
		assertTrue(message.contains("used twice"), message);
		List<String> listed = Arrays.stream(editor.problemTable().getItems()).map(TableItem::getText).toList();
		assertTrue(listed.contains(message), listed::toString);
		assertTrue(editor.detail().field(Literals.CRITERION__CODE, 0).isVisible(), "the field stays editable");
	}

	@Test
	void closeWhileDirtyPrompts() {
		editor.select(editor.framework());
		assertFalse(((Text) editor.detail().field(Literals.FRAMEWORK__ID, 0)).getEditable(), "id names the file");
		type(Literals.FRAMEWORK__NAME, "Derby QM framework, revised");
		waitUntil("the name reaches the model", () -> part.isDirty());

		RecordingSavePrompt cancel = new RecordingSavePrompt(SavePrompt.Choice.CANCEL);
		assertFalse(new EvaluationSaveHandler(cancel).save(part, true), "close goes ahead after cancel");
		assertEquals(List.of(part), cancel.prompted(), "parts the prompt asked about");
		assertTrue(part.isDirty(), "dirty after cancel");

		RecordingSavePrompt discard = new RecordingSavePrompt(SavePrompt.Choice.DISCARD);
		assertTrue(new EvaluationSaveHandler(discard).save(part, true), "close goes ahead after discard");
		closeEditor();
		open();
		assertEquals("Derby QM framework", editor.framework().getName(), "name on file after discarding");
	}

	@Test
	void everyFieldIsNamed() {
		Criterion criterion = editor.framework().getSchedules().get(0).getSections().get(0).getCriteria().get(0);
		editor.select(criterion);

		List<Text> texts = org.sipqm.ui.testing.EditorHarness.findAll(shell, Text.class);
		assertTrue(texts.size() >= 7, "code, wording, sub-items and four descriptors: " + texts.size());
		for (Text text : texts) {
			assertNotNull(text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "accessible name of " + text);
		}
	}

	private void open() {
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(LocalFrameworkEditorPart.FILE_KEY, file.toString());
		partContext = context.createChild("part");
		partContext.set(MPart.class, part);
		editor = ContextInjectionFactory.make(LocalFrameworkEditorPart.class, partContext);
		part.setObject(editor);
		part.setContext(partContext);
		shell.open();
		shell.layout(true, true);
		dispatchEvents();
	}

	private void closeEditor() {
		if (partContext != null) {
			partContext.dispose();
			partContext = null;
			for (var child : shell.getChildren()) {
				child.dispose();
			}
		}
	}

	private void type(org.eclipse.emf.ecore.EStructuralFeature feature, String value) {
		Text text = (Text) editor.detail().field(feature, 0);
		text.setFocus();
		text.setText(value);
	}

	private static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	private void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			if (!shell.getDisplay().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private void dispatchEvents() {
		while (shell.getDisplay().readAndDispatch()) {
			// Runs every pending event.
		}
	}

}
