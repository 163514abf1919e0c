package org.sipqm.editor.schedule2.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.evidence.EvidenceFiles;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.editor.schedule2.internal.HeadteacherDiscussionEditor;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.DiscussionMode;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.Response;
import org.sipqm.model.evaluation.StatusChange;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.EvaluationSaveHandler;
import org.sipqm.ui.internal.editing.LinkEvidenceDialog;
import org.sipqm.ui.internal.editing.RedoHandler;
import org.sipqm.ui.internal.editing.SavePrompt;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.testing.DialogResponder;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.RecordingSavePrompt;
import org.sipqm.ui.testing.TestFolders;

/**
 * Edits headteacher discussions of a generated sample workspace in the schedule 2 editor. The tests
 * cover answers and the kind of discussion with undo, redo, saving and reopening, and the response
 * that the first edit of an unanswered question adds. They also cover the prompt when a dirty
 * editor closes, the read-only published discussion, and files that opening and saving leave as they were.
 */
class HeadteacherDiscussionEditorTest {

	private static final String QUESTION = "2.1.3";
	private static final String UNANSWERED = "2.2.1";
	private static final int SCHEDULE = 2;

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	private static Path template;
	private EditorHarness harness;

	@BeforeAll
	static void generateSample() throws IOException {
		template = templateFolder.resolve("sample");
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(template);
	}

	@BeforeEach
	void openHarness() throws IOException, InterruptedException {
		TestFolders.copy(template, folder);
		harness = new EditorHarness(folder, 1024, 768);
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	@Test
	void scheduleHasFortyOneCriteria() {
		List<Criterion> criteria = FrameworkRegistry.allCriteria(
				FrameworkRegistry.getDefault().schedule(SCHEDULE).orElseThrow());
		assertEquals(41, criteria.size(), "criteria of schedule 2");
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, draftDiscussion());
		for (Criterion criterion : criteria) {
			if (criterion.getKind() == CriterionKind.QUESTION) {
				assertNotNull(findNamed(editor, Text.class, "Answer to question " + criterion.getCode()),
						"answer field of " + criterion.getCode());
				assertNotNull(findNamed(editor, Text.class, "Example for question " + criterion.getCode()),
						"example field of " + criterion.getCode());
				assertNotNull(findNamed(editor, Text.class, "Impact for question " + criterion.getCode()),
						"impact field of " + criterion.getCode());
			}
		}
	}

	@Test
	void answerAndModeEditUndoRedoSaveReopen() throws IOException, InterruptedException {
		HeadteacherDiscussion discussion = draftDiscussion();
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);
		MPart part = harness.part();
		assertFalse(part.isDirty(), "dirty right after opening");

		Response response = responseOf(discussion, QUESTION);
		String answerBefore = response.getAnswer();
		Text answer = namedControl(Text.class, "Answer to question " + QUESTION);
		assertEquals(answerBefore, answer.getText(), "answer shown");
		String typed = "Yes. The SIP brought the school's data and challenged our reading of it.";
		answer.setText(typed);
		harness.waitUntil("the answer reaches the model", () -> typed.equals(response.getAnswer()),
				Duration.ofSeconds(5));

		DiscussionMode modeBefore = discussion.getMode();
		DiscussionMode modeChosen = modeBefore == DiscussionMode.SCHOOL_VISIT ? DiscussionMode.TELEPHONE_CALL
				: DiscussionMode.SCHOOL_VISIT;
		Combo mode = namedControl(Combo.class, "Kind of discussion");
		select(mode, modeLabel(modeChosen));
		assertEquals(modeChosen, discussion.getMode(), "mode after the edit");
		assertTrue(part.isDirty(), "dirty after the edits");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(modeBefore, discussion.getMode(), "mode after the first undo");
		assertEquals(modeLabel(modeBefore), mode.getText(), "mode combo after the first undo");
		assertEquals(typed, response.getAnswer(), "answer after the first undo");
		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(answerBefore, response.getAnswer(), "answer after the second undo");
		assertEquals(answerBefore, answer.getText(), "answer field after the second undo");
		assertFalse(part.isDirty(), "dirty after undoing both edits");

		new RedoHandler().execute(part);
		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(typed, response.getAnswer(), "answer after redo");
		assertEquals(typed, answer.getText(), "answer field after redo");
		assertEquals(modeChosen, discussion.getMode(), "mode after redo");
		assertEquals(modeLabel(modeChosen), mode.getText(), "mode combo after redo");
		assertTrue(part.isDirty(), "dirty after redo");

		editor.save();
		assertFalse(part.isDirty(), "dirty after save");
		HeadteacherDiscussion onDisk = (HeadteacherDiscussion) find(WorkspaceStore.open(folder), discussion.getId());
		assertEquals(typed, responseOf(onDisk, QUESTION).getAnswer(), "answer in the saved file");
		assertEquals(modeChosen, onDisk.getMode(), "mode in the saved file");

		harness.close();
		harness = new EditorHarness(folder, 1024, 768);
		HeadteacherDiscussion reloaded = (HeadteacherDiscussion) find(harness.workspace(), discussion.getId());
		harness.open(HeadteacherDiscussionEditor.class, reloaded);
		assertEquals(typed, namedControl(Text.class, "Answer to question " + QUESTION).getText(),
				"answer field after reopening");
		assertEquals(modeLabel(modeChosen), namedControl(Combo.class, "Kind of discussion").getText(),
				"mode combo after reopening");
	}

	@Test
	void firstEditAddsMissingResponse() throws IOException {
		HeadteacherDiscussion discussion = draftDiscussion();
		discussion.getResponses().remove(responseOf(discussion, UNANSWERED));
		harness.workspace().save(discussion);
		int count = discussion.getResponses().size();

		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);
		MPart part = harness.part();
		assertEquals(count, discussion.getResponses().size(), "responses after opening");
		assertFalse(part.isDirty(), "dirty right after opening");
		Text example = namedControl(Text.class, "Example for question " + UNANSWERED);
		Text answer = namedControl(Text.class, "Answer to question " + UNANSWERED);
		assertEquals("", example.getText(), "example of the unanswered question");
		assertNull(example.getData(EditorWidgets.ELEMENT_KEY), "element of the unanswered question's field");

		example.setText("Our targets for writing now start from each pupil's best key stage 1 result.");
		harness.waitUntil("the example adds a response", () -> discussion.getResponses().size() == count + 1,
				Duration.ofSeconds(5));
		Response added = discussion.getResponses().get(count);
		assertEquals(example.getText(), added.getExample(), "example of the added response");
		assertEquals(SipqmLabels.criterionCode(added.getCriterion()), UNANSWERED, "question of the added response");
		assertEquals("urn:sipqm:sip-qm:1:2:" + UNANSWERED, added.getCriterion(), "criterion URI of the added response");
		assertNull(added.getAnswer(), "answer of the added response");
		assertEquals(added, example.getData(EditorWidgets.ELEMENT_KEY), "element of the example field");
		assertTrue(part.isDirty(), "dirty after the first edit");

		answer.setText("Mostly.");
		harness.waitUntil("the answer reaches the added response", () -> "Mostly.".equals(added.getAnswer()),
				Duration.ofSeconds(5));
		assertEquals(count + 1, discussion.getResponses().size(), "responses after the second edit");

		new UndoHandler().execute(part);
		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(count, discussion.getResponses().size(), "responses after undoing both edits");
		assertEquals("", example.getText(), "example field after undo");
		assertEquals("", answer.getText(), "answer field after undo");
		assertFalse(part.isDirty(), "dirty after undo");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(count + 1, discussion.getResponses().size(), "responses after redo");
		assertEquals(added.getExample(), example.getText(), "example field after redo");

		editor.save();
		Response onDisk = responseOf(find(WorkspaceStore.open(folder), discussion.getId()), UNANSWERED);
		assertEquals(added.getExample(), onDisk.getExample(), "example in the saved file");
	}

	@Test
	void linkEvidenceAddsMissingResponse() throws IOException, InterruptedException {
		HeadteacherDiscussion discussion = draftDiscussion();
		discussion.getResponses().remove(responseOf(discussion, UNANSWERED));
		EvidenceItem item = evidenceOf(discussion);
		harness.workspace().save(discussion);
		int count = discussion.getResponses().size();
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);
		MPart part = harness.part();

		DialogResponder<LinkEvidenceDialog> linking = DialogResponder.answer(harness.shell().getDisplay(),
				LinkEvidenceDialog.class, dialog -> chooseAndLink(dialog, item));
		click(namedControl(Button.class, "Link existing evidence to " + UNANSWERED));
		linking.assertAnswered();
		assertEquals(count + 1, discussion.getResponses().size(), "responses after linking");
		Response added = responseOf(discussion, UNANSWERED);
		assertEquals(List.of(item), added.getEvidence(), "evidence of the added response");
		assertNull(added.getAnswer(), "answer of the added response");
		assertTrue(part.isDirty(), "dirty after linking");
		assertTrue(unlinkShown(item, UNANSWERED), "linked item listed with its Unlink button");
		assertEquals(added, namedControl(Text.class, "Answer to question " + UNANSWERED)
				.getData(EditorWidgets.ELEMENT_KEY), "element of the answer field");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(count, discussion.getResponses().size(), "responses after undo");
		assertTrue(added.getEvidence().isEmpty(), "links of the removed response after undo");
		assertFalse(part.isDirty(), "dirty after undo");
		assertFalse(unlinkShown(item, UNANSWERED), "undone link still listed");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(List.of(item), responseOf(discussion, UNANSWERED).getEvidence(), "evidence after redo");
		editor.save();
		assertFalse(part.isDirty(), "dirty after save");

		harness.close();
		harness = new EditorHarness(folder, 1024, 768);
		HeadteacherDiscussion reloaded = (HeadteacherDiscussion) find(harness.workspace(), discussion.getId());
		assertEquals(List.of(item.getId()), responseOf(reloaded, UNANSWERED).getEvidence().stream()
				.map(EvidenceItem::getId).toList(), "evidence of the response in the saved file");
		harness.open(HeadteacherDiscussionEditor.class, reloaded);
		assertTrue(unlinkShown(item, UNANSWERED), "linked item listed after reopening");
	}

	/** Returns an evidence item of the discussion, adding one when it has none. */
	private static EvidenceItem evidenceOf(HeadteacherDiscussion discussion) {
		if (discussion.getEvidence().isEmpty()) {
			EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
			item.setId(EvidenceFiles.nextItemId(discussion));
			item.setTitle("Notes of the discussion");
			item.setKind(EvidenceKind.DOCUMENT);
			item.setDate(java.time.LocalDate.of(2008, 6, 2));
			discussion.getEvidence().add(item);
		}
		return discussion.getEvidence().get(0);
	}

	private static void chooseAndLink(LinkEvidenceDialog dialog, EvidenceItem item) {
		Table table = EditorHarness.findAll(dialog.getShell(), Table.class).get(0);
		TableItem row = Stream.of(table.getItems()).filter(tableItem -> tableItem.getData() == item).findFirst()
				.orElseThrow(() -> new AssertionError("item not offered: " + item.getTitle()));
		table.setSelection(row);
		Event selection = new Event();
		selection.item = row;
		table.notifyListeners(SWT.Selection, selection);
		Button link = EditorHarness.findAll(dialog.getShell(), Button.class).stream()
				.filter(button -> "&Link".equals(button.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no Link button"));
		assertTrue(link.isEnabled(), "Link enabled after choosing an item");
		link.notifyListeners(SWT.Selection, new Event());
	}

	private boolean unlinkShown(EvidenceItem item, String code) {
		String name = "Unlink " + SipqmLabels.text(item) + " from " + code;
		return EditorHarness.findAll(harness.shell(), Button.class).stream()
				.anyMatch(button -> name.equals(button.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)));
	}

	private void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}

	@Test
	void concernsIndividualTickAddsResponse() {
		HeadteacherDiscussion discussion = draftDiscussion();
		discussion.getResponses().remove(responseOf(discussion, UNANSWERED));
		int count = discussion.getResponses().size();
		harness.open(HeadteacherDiscussionEditor.class, discussion);

		Button concerns = namedControl(Button.class, "Answer to question " + UNANSWERED
				+ " concerns an individual's performance");
		concerns.setSelection(true);
		concerns.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
		assertEquals(count + 1, discussion.getResponses().size(), "responses after ticking");
		assertTrue(responseOf(discussion, UNANSWERED).isConcernsIndividual(), "concerns an individual");
	}

	@Test
	void openAndSaveUnchangedKeepsFile() throws IOException {
		HeadteacherDiscussion discussion = draftDiscussion();
		discussion.getResponses().remove(responseOf(discussion, UNANSWERED));
		harness.workspace().save(discussion);
		Path file = fileOf(discussion);
		byte[] before = Files.readAllBytes(file);

		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);
		assertFalse(harness.part().isDirty(), "dirty right after opening");
		editor.save();
		assertArrayEquals(before, Files.readAllBytes(file), "bytes of " + file + " after opening and saving");

		harness.closeEditor();
		HeadteacherDiscussion complete = draftDiscussions().get(1);
		Path completeFile = fileOf(complete);
		byte[] completeBefore = Files.readAllBytes(completeFile);
		HeadteacherDiscussionEditor second = harness.open(HeadteacherDiscussionEditor.class, complete);
		second.save();
		assertArrayEquals(completeBefore, Files.readAllBytes(completeFile),
				"bytes of " + completeFile + " after opening and saving");
	}

	@Test
	void protocolChecksEditable() throws IOException {
		HeadteacherDiscussion discussion = draftDiscussion();
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);

		Button sipInformed = namedControl(Button.class, "SIP informed");
		boolean before = discussion.isSipInformed();
		assertEquals(before, sipInformed.getSelection(), "SIP informed shown");
		sipInformed.setSelection(!before);
		sipInformed.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
		assertEquals(!before, discussion.isSipInformed(), "SIP informed after the edit");

		Text consultedOn = namedControl(Text.class, "Date the LA was consulted");
		consultedOn.setText("2008-06-02");
		harness.waitUntil("the date reaches the model",
				() -> java.time.LocalDate.of(2008, 6, 2).equals(discussion.getLaConsultedOn()), Duration.ofSeconds(5));

		editor.save();
		HeadteacherDiscussion onDisk = (HeadteacherDiscussion) find(WorkspaceStore.open(folder), discussion.getId());
		assertEquals(!before, onDisk.isSipInformed(), "SIP informed in the saved file");
		assertEquals(java.time.LocalDate.of(2008, 6, 2), onDisk.getLaConsultedOn(), "consulted on in the saved file");
	}

	@Test
	void revealFocusesResponseField() {
		HeadteacherDiscussion discussion = draftDiscussion();
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);
		Response response = responseOf(discussion, "2.5.5");

		assertTrue(editor.reveal(response), "reveal found no field of the response");
		harness.dispatchEvents();
		Control focused = harness.shell().getDisplay().getFocusControl();
		assertEquals(response, focused.getData(EditorWidgets.ELEMENT_KEY), "element of the focused field " + focused);
		assertEquals("Answer to question 2.5.5", focused.getData(EditorWidgets.ACCESSIBLE_NAME_KEY),
				"focused field");

		Response linking = discussion.getResponses().stream().filter(candidate -> !candidate.getEvidence().isEmpty())
				.reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no response links evidence"));
		EvidenceItem item = linking.getEvidence().get(0);
		assertTrue(editor.reveal(item), "reveal found no field for the evidence");
		harness.dispatchEvents();
		assertEquals(linking, harness.shell().getDisplay().getFocusControl().getData(EditorWidgets.ELEMENT_KEY),
				"element of the field focused for the evidence");
	}

	@Test
	void closingDirtyEditorPrompts() throws IOException {
		HeadteacherDiscussion discussion = draftDiscussion();
		harness.open(HeadteacherDiscussionEditor.class, discussion);
		MPart part = harness.part();
		DiscussionMode before = discussion.getMode();
		select(namedControl(Combo.class, "Kind of discussion"), modeLabel(
				before == DiscussionMode.SCHOOL_VISIT ? DiscussionMode.TELEPHONE_CALL : DiscussionMode.SCHOOL_VISIT));
		assertTrue(part.isDirty(), "dirty after the edit");

		RecordingSavePrompt cancel = new RecordingSavePrompt(SavePrompt.Choice.CANCEL);
		assertFalse(new EvaluationSaveHandler(cancel).save(part, true), "close goes ahead after cancel");
		assertEquals(List.of(part), cancel.prompted(), "parts the prompt asked about");
		assertTrue(part.isDirty(), "dirty after cancel");

		RecordingSavePrompt discard = new RecordingSavePrompt(SavePrompt.Choice.DISCARD);
		assertTrue(new EvaluationSaveHandler(discard).save(part, true), "close goes ahead after discard");
		assertEquals(List.of(part), discard.prompted(), "parts the prompt asked about");
		assertFalse(part.isDirty(), "dirty after discard");
		assertEquals(before, discussion.getMode(), "mode after discard");
		harness.closeEditor();
		assertEquals(before, ((HeadteacherDiscussion) find(WorkspaceStore.open(folder), discussion.getId())).getMode(),
				"mode on disk after discard");
	}

	@Test
	void publishedDiscussionIsReadOnlyUntilReopened() {
		HeadteacherDiscussion discussion = discussions().stream()
				.filter(candidate -> candidate.getStatus() == EvaluationStatus.PUBLISHED).findFirst()
				.orElseThrow(() -> new AssertionError("the sample holds no published headteacher discussion"));
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, discussion);

		assertFalse(namedControl(Text.class, "Answer to question " + QUESTION).getEditable(),
				"answer editable in a published discussion");
		assertFalse(namedControl(Combo.class, "Kind of discussion").isEnabled(),
				"kind of discussion enabled in a published discussion");
		assertFalse(namedControl(Button.class, "LA consulted").isEnabled(),
				"protocol check enabled in a published discussion");
		assertFalse(namedControl(Text.class, "3.2 Areas for improvement.").getEditable(),
				"areas for improvement editable in a published discussion");
		Button reopen = EditorHarness.findAll(editor.getForm().getBody(), Button.class).stream()
				.filter(button -> button.getText().contains("Reopen")).findFirst().orElseThrow();
		assertTrue(reopen.isEnabled(), "reopen button enabled");

		int changesBefore = discussion.getStatusChanges().size();
		editor.reopen("The headteacher asked for the answer on target setting to be corrected.");
		harness.dispatchEvents();

		assertEquals(EvaluationStatus.DRAFT, discussion.getStatus(), "status after reopening");
		assertEquals(changesBefore + 1, discussion.getStatusChanges().size(), "status changes recorded");
		StatusChange change = discussion.getStatusChanges().get(discussion.getStatusChanges().size() - 1);
		assertEquals(EvaluationStatus.PUBLISHED, change.getFrom(), "recorded from");
		assertEquals(EvaluationStatus.DRAFT, change.getTo(), "recorded to");
		assertTrue(namedControl(Text.class, "Answer to question " + QUESTION).getEditable(),
				"answer editable after reopening");
		assertTrue(namedControl(Combo.class, "Kind of discussion").isEnabled(), "kind enabled after reopening");
		assertTrue(harness.part().isDirty(), "dirty after reopening");
	}

	@Test
	void everyInputNamedAndTabbable() {
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, draftDiscussion());
		List<Control> inputs = new ArrayList<>();
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Combo.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Text.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Button.class).stream()
				.filter(button -> (button.getStyle() & SWT.CHECK) != 0).toList());
		assertTrue(inputs.size() > 3 * 39, "the form has the fields of every question, found " + inputs.size());
		for (Control input : inputs) {
			assertNotNull(input.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "accessible name of " + input);
		}

		for (Text text : EditorHarness.findAll(editor.getForm().getBody(), Text.class)) {
			if ((text.getStyle() & SWT.MULTI) != 0) {
				Event tab = new Event();
				tab.detail = SWT.TRAVERSE_TAB_NEXT;
				tab.doit = false;
				text.notifyListeners(SWT.Traverse, tab);
				assertTrue(tab.doit, "Tab leaves " + text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY));
			}
		}

		for (Section section : EditorHarness.findAll(editor.getForm().getBody(), Section.class)) {
			assertTrue(section.isExpanded(), "section " + section.getText() + " expanded");
		}
	}

	@Test
	void formFitsEditorAreaAt1024By768() {
		HeadteacherDiscussionEditor editor = harness.open(HeadteacherDiscussionEditor.class, draftDiscussion());
		// The editor area's share of a 1024 px wide window beside the navigator.
		harness.shell().setSize(660, 640);
		harness.shell().layout(true, true);
		editor.getForm().reflow(true);
		harness.dispatchEvents();

		int visibleWidth = editor.getForm().getClientArea().width;
		List<String> overflowing = new ArrayList<>();
		for (Control control : EditorHarness.findAll(editor.getForm().getBody(), Control.class)) {
			Rectangle bounds = control.getDisplay().map(control.getParent(), editor.getForm(), control.getBounds());
			if (bounds.x + bounds.width > visibleWidth && !(control instanceof Composite)) {
				overflowing.add(describe(control) + " ends at " + (bounds.x + bounds.width) + " px");
			}
		}
		assertEquals(List.of(), overflowing, "controls past the form's width of " + visibleWidth + " px");
	}

	private static String describe(Control control) {
		Object name = control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY);
		if (name != null) {
			return control.getClass().getSimpleName() + " " + name;
		}
		String text = control instanceof Label label ? label.getText()
				: control instanceof Button button ? button.getText() : control.toString();
		return control.getClass().getSimpleName() + " \"" + text.substring(0, Math.min(40, text.length())) + "\"";
	}

	private List<HeadteacherDiscussion> discussions() {
		return harness.workspace().evaluations().stream().filter(HeadteacherDiscussion.class::isInstance)
				.map(HeadteacherDiscussion.class::cast).toList();
	}

	/** Returns the discussions that are drafts in their files, so that opening them changes nothing. */
	private List<HeadteacherDiscussion> draftDiscussions() {
		List<HeadteacherDiscussion> drafts = discussions().stream()
				.filter(discussion -> discussion.getStatus() == EvaluationStatus.DRAFT).toList();
		assertTrue(drafts.size() >= 2, "the sample holds two draft headteacher discussions");
		return drafts;
	}

	private HeadteacherDiscussion draftDiscussion() {
		return draftDiscussions().get(0);
	}

	private Path fileOf(Evaluation evaluation) {
		Path path = harness.workspace().pathOf(evaluation);
		return path.isAbsolute() ? path : harness.workspace().root().resolve(path);
	}

	private <T extends Control> T namedControl(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private static <T extends Control> T findNamed(HeadteacherDiscussionEditor editor, Class<T> type, String name) {
		return EditorHarness.findAll(editor.getForm().getBody(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElse(null);
	}

	private void select(Combo combo, String item) {
		int index = List.of(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, "combo item " + item + " among " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}

	private static String modeLabel(DiscussionMode mode) {
		return mode == DiscussionMode.TELEPHONE_CALL ? "Telephone call to the headteacher" : "School visit";
	}

	private static Response responseOf(Evaluation evaluation, String code) {
		return ((HeadteacherDiscussion) evaluation).getResponses().stream()
				.filter(response -> SipqmLabels.criterionCode(response.getCriterion()).equals(code))
				.findFirst().orElseThrow(() -> new AssertionError("no response to " + code));
	}

	private static Evaluation find(Workspace workspace, String id) {
		return workspace.evaluations().stream().filter(evaluation -> evaluation.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no evaluation " + id));
	}

}
