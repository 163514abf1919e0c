package org.sipqm.editor.schedule3.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
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
import org.sipqm.core.store.Workspace;
import org.sipqm.core.evidence.EvidenceFiles;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.editor.schedule3.internal.ShadowVisitEditor;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.StatusChange;
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
 * Edits joint visits of a generated sample workspace in the schedule 3 editor. The tests grade and
 * mark as not evaluated the headings that this bundle contributes to schedule 3, and edit protocol
 * dates, with undo, redo and saving to disk. They also check the prompt when a dirty editor closes,
 * read-only published visits, and that opening and saving an unchanged visit keeps its file.
 */
class ShadowVisitEditorTest {

	private static final String HEADING = "3.T.1";
	private static final String SECOND_HEADING = "3.T.2";
	private static final String SUMMARY_STEP = "written-summary";

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
	void scheduleThreeHeadingsContributed() {
		List<String> codes = FrameworkRegistry.allCriteria(FrameworkRegistry.getDefault().schedule(3).orElseThrow())
				.stream().map(criterion -> criterion.getCode()).toList();
		assertEquals(List.of(HEADING, SECOND_HEADING, "3.T.3"), codes, "schedule 3 headings in the test runtime");
	}

	@Test
	void gradeEditCreatesJudgement() throws IOException {
		ShadowVisit visit = draftVisit();
		assertNull(judgementOf(visit, HEADING), "the sample visit has a judgement on " + HEADING);
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();
		Combo grade = namedControl(Combo.class, "Judgement on " + HEADING);
		assertEquals(SipqmLabels.grade(Grade.NOT_JUDGED), grade.getText(), "grade shown before any judgement");
		assertEquals(0, visit.getJudgements().size(), "judgements added on opening");

		select(grade, Grade.GOOD);
		Judgement judgement = judgementOf(visit, HEADING);
		assertNotNull(judgement, "judgement created by the first edit");
		assertEquals(Grade.GOOD, judgement.getGrade(), "grade after the edit");
		assertTrue(part.isDirty(), "dirty after the edit");
		assertSame(judgement, grade.getData(EditorWidgets.ELEMENT_KEY), "element of the grade combo");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertNull(judgementOf(visit, HEADING), "judgement after undo");
		assertEquals(SipqmLabels.grade(Grade.NOT_JUDGED), grade.getText(), "combo after undo");
		assertFalse(part.isDirty(), "dirty after undo");

		assertTrue(new RedoHandler().canExecute(part), "redo enabled");
		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(Grade.GOOD, judgementOf(visit, HEADING).getGrade(), "grade after redo");
		assertEquals(SipqmLabels.grade(Grade.GOOD), grade.getText(), "combo after redo");
		assertTrue(part.isDirty(), "dirty after redo");

		select(grade, Grade.OUTSTANDING);
		assertEquals(1, visit.getJudgements().size(), "judgements after a second edit of the same heading");
		editor.save();
		assertFalse(part.isDirty(), "dirty after save");

		ShadowVisit onDisk = (ShadowVisit) find(WorkspaceStore.open(folder), visit.getId());
		assertEquals(Grade.OUTSTANDING, judgementOf(onDisk, HEADING).getGrade(), "grade in the saved file");
		assertNull(judgementOf(onDisk, SECOND_HEADING), "judgement on a heading never edited");
	}

	@Test
	void rationaleTypingCreatesJudgement() throws IOException {
		ShadowVisit visit = draftVisit();
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		Text rationale = namedControl(Text.class, "Rationale for " + SECOND_HEADING);

		rationale.setText("The SIP challenged the school's grade for teaching with the latest data.");
		harness.waitUntil("the rationale reaches the model", () -> judgementOf(visit, SECOND_HEADING) != null
				&& rationale.getText().equals(judgementOf(visit, SECOND_HEADING).getRationale()), Duration.ofSeconds(5));
		assertEquals(Grade.NOT_JUDGED, judgementOf(visit, SECOND_HEADING).getGrade(), "grade of the new judgement");

		editor.save();
		assertEquals(rationale.getText(), judgementOf(find(WorkspaceStore.open(folder), visit.getId()),
				SECOND_HEADING).getRationale(), "rationale in the saved file");
	}

	@Test
	void linkEvidenceCreatesJudgement() throws IOException, InterruptedException {
		ShadowVisit visit = draftVisit();
		EvidenceItem item = evidenceOf(visit);
		assertNull(judgementOf(visit, SECOND_HEADING), "the sample visit has a judgement on " + SECOND_HEADING);
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();

		DialogResponder<LinkEvidenceDialog> linking = DialogResponder.answer(harness.shell().getDisplay(),
				LinkEvidenceDialog.class, dialog -> chooseAndLink(dialog, item));
		click(namedControl(Button.class, "Link existing evidence to " + SECOND_HEADING));
		linking.assertAnswered();
		Judgement judgement = judgementOf(visit, SECOND_HEADING);
		assertNotNull(judgement, "judgement created by the link");
		assertEquals(List.of(item), judgement.getEvidence(), "evidence of the created judgement");
		assertTrue(part.isDirty(), "dirty after linking");
		assertTrue(unlinkShown(item, SECOND_HEADING), "linked item listed with its Unlink button");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertNull(judgementOf(visit, SECOND_HEADING), "judgement after undo");
		assertTrue(judgement.getEvidence().isEmpty(), "links of the removed judgement after undo");
		assertFalse(part.isDirty(), "dirty after undo");
		assertFalse(unlinkShown(item, SECOND_HEADING), "undone link still listed");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(List.of(item), judgementOf(visit, SECOND_HEADING).getEvidence(), "evidence after redo");
		editor.save();
		assertFalse(part.isDirty(), "dirty after save");

		harness.close();
		harness = new EditorHarness(folder, 1024, 768);
		ShadowVisit reloaded = (ShadowVisit) find(harness.workspace(), visit.getId());
		assertEquals(List.of(item.getId()), judgementOf(reloaded, SECOND_HEADING).getEvidence().stream()
				.map(EvidenceItem::getId).toList(), "evidence of the judgement in the saved file");
		harness.open(ShadowVisitEditor.class, reloaded);
		assertTrue(unlinkShown(item, SECOND_HEADING), "linked item listed after reopening");
	}

	/** Returns an evidence item of the visit, adding one and saving the visit when it has none. */
	private EvidenceItem evidenceOf(ShadowVisit visit) throws IOException {
		if (visit.getEvidence().isEmpty()) {
			EvidenceItem item = EvaluationFactory.eINSTANCE.createEvidenceItem();
			item.setId(EvidenceFiles.nextItemId(visit));
			item.setTitle("Notes of the joint visit");
			item.setKind(EvidenceKind.DOCUMENT);
			item.setDate(LocalDate.of(2008, 1, 15));
			visit.getEvidence().add(item);
			harness.workspace().save(visit);
		}
		return visit.getEvidence().get(0);
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

	@Test
	void notEvaluatedMarkDisablesGrade() throws IOException {
		ShadowVisit visit = draftVisit();
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();
		Button notEvaluated = namedControl(Button.class, SECOND_HEADING + " not evaluated on this visit");
		Combo grade = namedControl(Combo.class, "Judgement on " + SECOND_HEADING);
		assertTrue(grade.isEnabled(), "grade enabled before the mark");

		click(notEvaluated);
		assertTrue(judgementOf(visit, SECOND_HEADING).isNotEvaluated(), "not evaluated after the click");
		assertFalse(grade.isEnabled(), "grade enabled on a heading not evaluated");
		assertTrue(part.isDirty(), "dirty after the mark");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertNull(judgementOf(visit, SECOND_HEADING), "judgement after undo");
		assertFalse(notEvaluated.getSelection(), "check box after undo");
		assertTrue(grade.isEnabled(), "grade enabled after undo");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertTrue(notEvaluated.getSelection(), "check box after redo");
		assertFalse(grade.isEnabled(), "grade enabled after redo");
		editor.save();

		ShadowVisit onDisk = (ShadowVisit) find(WorkspaceStore.open(folder), visit.getId());
		assertTrue(judgementOf(onDisk, SECOND_HEADING).isNotEvaluated(), "not evaluated in the saved file");
	}

	@Test
	void protocolDateEditSaved() throws IOException {
		ShadowVisit visit = draftVisit();
		ProtocolCheck check = visit.getProtocolChecks().get(1);
		LocalDate before = check.getDate();
		LocalDate chosen = before == null ? LocalDate.of(2008, 1, 15) : before.minusDays(1);
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();
		Text date = namedControl(Text.class, "Date of step 2");
		assertEquals(before == null ? "" : before.toString(), date.getText(), "date shown");

		date.setText(chosen.toString());
		harness.waitUntil("the date reaches the model", () -> chosen.equals(check.getDate()), Duration.ofSeconds(5));
		assertTrue(part.isDirty(), "dirty after the edit");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(before, check.getDate(), "date after undo");
		assertEquals(before == null ? "" : before.toString(), date.getText(), "field after undo");
		assertFalse(part.isDirty(), "dirty after undo");

		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(chosen, check.getDate(), "date after redo");
		assertEquals(chosen.toString(), date.getText(), "field after redo");
		editor.save();

		ShadowVisit onDisk = (ShadowVisit) find(WorkspaceStore.open(folder), visit.getId());
		assertEquals(chosen, onDisk.getProtocolChecks().get(1).getDate(), "date in the saved file");
	}

	@Test
	void invalidDateLeavesModelUnchanged() {
		ShadowVisit visit = draftVisit();
		ProtocolCheck check = visit.getProtocolChecks().get(0);
		LocalDate before = check.getDate();
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		Text date = namedControl(Text.class, "Date of step 1");

		date.setText("15/01/2008");
		harness.waitUntil("the binding validates the date",
				() -> editor.getBindingContext().getValidationStatusMap().values().stream()
						.anyMatch(status -> !status.isOK()), Duration.ofSeconds(5));
		assertEquals(before, check.getDate(), "date after invalid text");
		assertFalse(harness.part().isDirty(), "dirty after invalid text");
	}

	@Test
	void missingCheckCreatedInStepOrder() throws IOException {
		ShadowVisit visit = draftVisit();
		// A visit recorded before the summary was written has no check of that step.
		visit.getProtocolChecks().removeIf(check -> SUMMARY_STEP.equals(check.getStep()));
		int checksBefore = visit.getProtocolChecks().size();
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();
		assertEquals(checksBefore, visit.getProtocolChecks().size(), "checks after opening");
		Text date = namedControl(Text.class, "Date of step 5");
		assertEquals("", date.getText(), "date of a step without a check");

		date.setText("2008-02-04");
		harness.waitUntil("the date creates the check", () -> visit.getProtocolChecks().size() == checksBefore + 1,
				Duration.ofSeconds(5));
		ProtocolCheck created = visit.getProtocolChecks().get(visit.getProtocolChecks().size() - 1);
		assertEquals(SUMMARY_STEP, created.getStep(), "step of the new check, last in protocol order");
		assertEquals(LocalDate.of(2008, 2, 4), created.getDate(), "date of the new check");
		assertTrue(part.isDirty(), "dirty after the edit");

		assertTrue(editor.reveal(created), "reveal found no field of the new check");
		harness.dispatchEvents();
		assertSame(created, date.getDisplay().getFocusControl().getData(EditorWidgets.ELEMENT_KEY),
				"element of the focused field");

		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(checksBefore, visit.getProtocolChecks().size(), "checks after undo");
		assertEquals("", date.getText(), "field after undo");
	}

	@Test
	void missingMiddleCheckInsertedInOrder() {
		ShadowVisit visit = draftVisit();
		List<String> stepsBefore = visit.getProtocolChecks().stream().map(ProtocolCheck::getStep).toList();
		String secondStep = stepsBefore.get(1);
		visit.getProtocolChecks().remove(1);
		harness.open(ShadowVisitEditor.class, visit);

		namedControl(Text.class, "Date of step 2").setText("2008-01-15");
		harness.waitUntil("the date creates the check", () -> visit.getProtocolChecks().size() == stepsBefore.size(),
				Duration.ofSeconds(5));

		assertEquals(stepsBefore, visit.getProtocolChecks().stream().map(ProtocolCheck::getStep).toList(),
				"steps of the checks after the new check of step 2");
		assertEquals(secondStep, visit.getProtocolChecks().get(1).getStep(), "step of the second check");
	}

	@Test
	void summaryRecipientsBound() {
		ShadowVisit visit = draftVisit();
		boolean before = visit.isSummaryToLA();
		harness.open(ShadowVisitEditor.class, visit);
		Button toLA = namedControl(Button.class, "Summary sent to the LA");
		assertEquals(before, toLA.getSelection(), "check box shown");

		click(toLA);
		assertEquals(!before, visit.isSummaryToLA(), "summary to the LA after the click");
		new UndoHandler().execute(harness.part());
		harness.dispatchEvents();
		assertEquals(before, visit.isSummaryToLA(), "summary to the LA after undo");
		assertEquals(before, toLA.getSelection(), "check box after undo");
	}

	@Test
	void openAndSaveUnchangedKeepsFile() throws IOException {
		List<ShadowVisit> visits = harness.workspace().evaluations().stream().filter(ShadowVisit.class::isInstance)
				.map(ShadowVisit.class::cast).limit(4).toList();
		assertFalse(visits.isEmpty(), "the sample holds joint visits");
		for (ShadowVisit visit : visits) {
			Path file = folder.resolve(harness.workspace().pathOf(visit));
			byte[] before = Files.readAllBytes(file);
			ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
			assertFalse(harness.part().isDirty(), "dirty right after opening " + file.getFileName());
			editor.save();
			harness.closeEditor();
			assertArrayEquals(before, Files.readAllBytes(file), "content of " + file.getFileName() + " after saving");
		}
	}

	@Test
	void revealFocusesHeadingField() {
		ShadowVisit visit = draftVisit();
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);
		select(namedControl(Combo.class, "Judgement on 3.T.3"), Grade.GOOD);
		Judgement judgement = judgementOf(visit, "3.T.3");

		assertTrue(editor.reveal(judgement), "reveal found no field");
		harness.dispatchEvents();
		assertSame(judgement, namedControl(Combo.class, "Judgement on 3.T.3").getDisplay().getFocusControl()
				.getData(EditorWidgets.ELEMENT_KEY), "element of the focused field");
	}

	@Test
	void closingDirtyEditorPrompts() throws IOException {
		ShadowVisit visit = draftVisit();
		harness.open(ShadowVisitEditor.class, visit);
		MPart part = harness.part();
		select(namedControl(Combo.class, "Judgement on " + HEADING), Grade.GOOD);

		RecordingSavePrompt cancel = new RecordingSavePrompt(SavePrompt.Choice.CANCEL);
		assertFalse(new EvaluationSaveHandler(cancel).save(part, true), "close goes ahead after cancel");
		assertEquals(List.of(part), cancel.prompted(), "parts the prompt asked about");
		assertTrue(part.isDirty(), "dirty after cancel");

		RecordingSavePrompt discard = new RecordingSavePrompt(SavePrompt.Choice.DISCARD);
		assertTrue(new EvaluationSaveHandler(discard).save(part, true), "close goes ahead after discard");
		assertFalse(part.isDirty(), "dirty after discard");
		assertNull(judgementOf(visit, HEADING), "judgement after discard");
		harness.closeEditor();
		assertNull(judgementOf(find(WorkspaceStore.open(folder), visit.getId()), HEADING), "judgement on disk");
	}

	@Test
	void publishedVisitIsReadOnly() {
		ShadowVisit visit = draftVisit();
		visit.setStatus(EvaluationStatus.PUBLISHED);
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, visit);

		assertFalse(namedControl(Combo.class, "Judgement on " + HEADING).isEnabled(), "grade enabled");
		assertFalse(namedControl(Button.class, HEADING + " not evaluated on this visit").isEnabled(),
				"not-evaluated check box enabled");
		assertFalse(namedControl(Text.class, "Date of step 1").getEditable(), "protocol date editable");
		assertFalse(namedControl(Button.class, "Step 1 done").isEnabled(), "protocol check box enabled");
		assertFalse(namedControl(Combo.class, "Support level of the local authority").isEnabled(),
				"support level enabled");
		assertFalse(namedControl(Text.class, "Purpose of the joint visit").getEditable(), "purpose editable");

		editor.reopen("The headteacher asked for the summary to be corrected.");
		harness.dispatchEvents();
		StatusChange change = visit.getStatusChanges().get(visit.getStatusChanges().size() - 1);
		assertEquals(EvaluationStatus.DRAFT, change.getTo(), "recorded status after reopening");
		assertTrue(namedControl(Combo.class, "Judgement on " + HEADING).isEnabled(), "grade enabled after reopening");
		assertTrue(namedControl(Text.class, "Date of step 1").getEditable(), "date editable after reopening");
	}

	@Test
	void everyInputNamedAndSectionsExpanded() {
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, draftVisit());
		List<Control> inputs = new ArrayList<>();
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Combo.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Text.class));
		inputs.addAll(EditorHarness.findAll(editor.getForm().getBody(), Button.class).stream()
				.filter(button -> (button.getStyle() & SWT.CHECK) != 0).toList());
		assertTrue(inputs.size() > 20, "the form has the inputs of the header, protocol and headings");
		for (Control input : inputs) {
			assertNotNull(input.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), "accessible name of " + input);
		}
		for (Section section : EditorHarness.findAll(editor.getForm().getBody(), Section.class)) {
			assertTrue(section.isExpanded(), "section " + section.getText() + " expanded");
		}
	}

	@Test
	void tabLeavesMultiLineText() {
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, draftVisit());
		List<Text> multiLine = EditorHarness.findAll(editor.getForm().getBody(), Text.class).stream()
				.filter(text -> (text.getStyle() & SWT.MULTI) != 0).toList();
		assertEquals(4, multiLine.size(), "multi-line fields: the purpose and three rationales");
		for (Text text : multiLine) {
			Event tab = new Event();
			tab.detail = SWT.TRAVERSE_TAB_NEXT;
			tab.doit = false;
			text.notifyListeners(SWT.Traverse, tab);
			assertTrue(tab.doit, "Tab moves the focus out of " + text.getData(EditorWidgets.ACCESSIBLE_NAME_KEY));
		}
	}

	@Test
	void formFitsEditorAreaAt1024By768() {
		ShadowVisitEditor editor = harness.open(ShadowVisitEditor.class, draftVisit());
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
				overflowing.add(control.getClass().getSimpleName() + " "
						+ Objects.toString(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY), control.toString())
						+ " ends at " + (bounds.x + bounds.width) + " px");
			}
		}
		assertEquals(List.of(), overflowing, "controls past the form's width of " + visibleWidth + " px");
	}

	private ShadowVisit draftVisit() {
		ShadowVisit visit = harness.workspace().evaluations().stream()
				.filter(ShadowVisit.class::isInstance).map(ShadowVisit.class::cast)
				.filter(candidate -> candidate.getProtocolChecks().size() == 5)
				.findFirst().orElseThrow(() -> new AssertionError("the sample holds no joint visit with five checks"));
		visit.setStatus(EvaluationStatus.DRAFT);
		return visit;
	}

	private <T extends Control> T namedControl(Class<T> type, String name) {
		return EditorHarness.findAll(harness.shell(), type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY)))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private void select(Combo combo, Grade grade) {
		combo.select(List.of(combo.getItems()).indexOf(SipqmLabels.grade(grade)));
		combo.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}

	private void click(Button button) {
		button.setSelection(!button.getSelection());
		button.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}

	private static Judgement judgementOf(Evaluation evaluation, String code) {
		return evaluation.getJudgements().stream()
				.filter(judgement -> SipqmLabels.criterionCode(judgement.getCriterion()).equals(code))
				.findFirst().orElse(null);
	}

	private static Evaluation find(Workspace workspace, String id) {
		return workspace.evaluations().stream().filter(evaluation -> evaluation.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no evaluation " + id));
	}

}
