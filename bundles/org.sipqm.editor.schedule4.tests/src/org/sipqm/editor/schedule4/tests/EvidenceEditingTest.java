package org.sipqm.editor.schedule4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.editor.schedule4.internal.SelfEvaluationEditor;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.ui.internal.editing.EditorWidgets;
import org.sipqm.ui.internal.editing.LinkEvidenceDialog;
import org.sipqm.ui.internal.editing.NewEvidenceDialog;
import org.sipqm.ui.internal.editing.RedoHandler;
import org.sipqm.ui.internal.editing.UndoHandler;
import org.sipqm.ui.internal.evaluation.EvidenceText;
import org.sipqm.ui.testing.DialogResponder;
import org.sipqm.ui.testing.EditorHarness;
import org.sipqm.ui.testing.TestFolders;

/**
 * Links existing evidence to a judgement and creates new evidence with an attached file in the
 * schedule 4 editor, through the real dialogues: undo, redo, saving and reopening, and a failed
 * copy of the attachment.
 */
class EvidenceEditingTest {

	private static final String CRITERION = "1.1.1";

	@TempDir
	static Path templateFolder;

	@TempDir
	Path folder;

	@TempDir
	Path downloads;

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
	void linkAndCreateUndoRedoSaveReopen() throws IOException {
		LASelfEvaluation evaluation = draft();
		SelfEvaluationEditor editor = harness.open(SelfEvaluationEditor.class, evaluation);
		MPart part = harness.part();
		Judgement judgement = judgementOf(evaluation, CRITERION);
		List<EvidenceItem> linkedBefore = List.copyOf(judgement.getEvidence());
		List<EvidenceItem> itemsBefore = List.copyOf(evaluation.getEvidence());
		EvidenceItem existing = itemsBefore.stream().filter(item -> !linkedBefore.contains(item)).findFirst()
				.orElseThrow(() -> new AssertionError("every item of the sample evaluation is linked to " + CRITERION));

		DialogResponder<LinkEvidenceDialog> linking = DialogResponder.answer(harness.shell().getDisplay(),
				LinkEvidenceDialog.class, dialog -> {
					named(dialog.getShell(), Text.class, "Filter evidence items").setText(existing.getTitle());
					Table table = named(dialog.getShell(), Table.class, "Evidence items to link");
					TableItem row = Stream.of(table.getItems()).filter(tableItem -> tableItem.getData() == existing)
							.findFirst().orElseThrow(() -> new AssertionError("item not offered: " + existing.getTitle()));
					table.setSelection(row);
					Event selection = new Event();
					selection.item = row;
					table.notifyListeners(SWT.Selection, selection);
					press(dialog.getShell(), "&Link");
				});
		click(named(harness.shell(), Button.class, "Link existing evidence to " + CRITERION));
		linking.assertAnswered();
		assertTrue(judgement.getEvidence().contains(existing), "existing item linked");
		assertTrue(part.isDirty(), "dirty after linking");

		Path source = Files.writeString(downloads.resolve("Moderation notes.txt"), "Notes of the moderation panel");
		DialogResponder<NewEvidenceDialog> creating = DialogResponder.answer(harness.shell().getDisplay(),
				NewEvidenceDialog.class, dialog -> {
					named(dialog.getShell(), Text.class, "Title of the evidence item").setText("Moderation panel notes");
					named(dialog.getShell(), Text.class, "File to attach").setText(source.toString());
					named(dialog.getShell(), Button.class, "Concerns an individual's performance").setSelection(true);
					press(dialog.getShell(), "&Create");
				});
		click(named(harness.shell(), Button.class, "Create new evidence for " + CRITERION));
		creating.assertAnswered();
		harness.dispatchEvents();

		assertEquals(itemsBefore.size() + 1, evaluation.getEvidence().size(), "items after creating one");
		EvidenceItem created = evaluation.getEvidence().get(itemsBefore.size());
		assertEquals("Moderation panel notes", created.getTitle(), "title of the new item");
		assertTrue(created.isConcernsIndividual(), "new item concerns an individual");
		assertTrue(judgement.getEvidence().contains(created), "new item linked");
		Path copy = folder.resolve(created.getAttachment());
		assertTrue(created.getAttachment().startsWith("evidence/"), "attachment path " + created.getAttachment());
		assertEquals("Notes of the moderation panel", Files.readString(copy), "copied attachment");
		assertTrue(shownEvidence().stream().anyMatch(text -> text.contains("Moderation panel notes")),
				"new item listed: " + shownEvidence());
		assertTrue(shownEvidence().contains(EvidenceText.restricted()), "restricted mark shown: " + shownEvidence());
		Label createdLabel = EditorHarness.findAll(harness.shell(), Label.class).stream()
				.filter(label -> label.getText().contains("Moderation panel notes")).findFirst().orElseThrow();
		Button linkButton = named(harness.shell(), Button.class, "Link existing evidence to " + CRITERION);
		int labelBottom = createdLabel.toDisplay(0, createdLabel.getSize().y).y;
		assertTrue(createdLabel.getSize().y > 0, "height of the new item's label");
		assertTrue(linkButton.toDisplay(0, 0).y >= labelBottom, "Link Evidence button below the new item");

		new UndoHandler().execute(part);
		new UndoHandler().execute(part);
		harness.dispatchEvents();
		assertEquals(linkedBefore, judgement.getEvidence(), "links after undoing both");
		assertEquals(itemsBefore, evaluation.getEvidence(), "items after undoing both");
		assertFalse(part.isDirty(), "dirty after undoing both");
		assertFalse(shownEvidence().stream().anyMatch(text -> text.contains("Moderation panel notes")),
				"undone item still listed");

		new RedoHandler().execute(part);
		new RedoHandler().execute(part);
		harness.dispatchEvents();
		assertTrue(judgement.getEvidence().containsAll(List.of(existing, created)), "links after redo");

		editor.save();
		assertFalse(part.isDirty(), "dirty after save");
		Evaluation onDisk = find(evaluation.getId());
		List<String> linkedOnDisk = judgementOf(onDisk, CRITERION).getEvidence().stream().map(EvidenceItem::getId)
				.toList();
		assertTrue(linkedOnDisk.contains(existing.getId()), "linked item on disk: " + linkedOnDisk);
		assertTrue(linkedOnDisk.contains(created.getId()), "created item on disk: " + linkedOnDisk);
		assertTrue(Files.isRegularFile(copy), "attachment kept after saving");
	}

	@Test
	void failedCopyLeavesModelUnchanged() {
		LASelfEvaluation evaluation = draft();
		harness.open(SelfEvaluationEditor.class, evaluation);
		Judgement judgement = judgementOf(evaluation, CRITERION);
		List<EvidenceItem> linkedBefore = List.copyOf(judgement.getEvidence());
		List<EvidenceItem> itemsBefore = List.copyOf(evaluation.getEvidence());
		// A folder is not a file that can be read as an attachment.
		Path unreadable = downloads;
		String[] error = new String[1];

		DialogResponder<NewEvidenceDialog> creating = DialogResponder.answer(harness.shell().getDisplay(),
				NewEvidenceDialog.class, dialog -> {
					named(dialog.getShell(), Text.class, "Title of the evidence item").setText("Not a file");
					named(dialog.getShell(), Text.class, "File to attach").setText(unreadable.toString());
					press(dialog.getShell(), "&Create");
					error[0] = dialog.getErrorMessage();
					assertFalse(dialog.getShell().isDisposed(), "dialogue closed after the failed copy");
					press(dialog.getShell(), "Cancel");
				});
		click(named(harness.shell(), Button.class, "Create new evidence for " + CRITERION));
		creating.assertAnswered();

		assertNotNull(error[0], "error shown in the dialogue");
		assertTrue(error[0].contains(unreadable.toString()), "error names the file: " + error[0]);
		assertTrue(error[0].contains("is not a file that can be read"), "error gives the reason: " + error[0]);
		assertEquals(itemsBefore, evaluation.getEvidence(), "items after the failed copy");
		assertEquals(linkedBefore, judgement.getEvidence(), "links after the failed copy");
		assertFalse(harness.part().isDirty(), "dirty after the failed copy");
	}

	@Test
	void evidenceButtonsNamedAndDisabledWhenPublished() {
		LASelfEvaluation evaluation = draft();
		evaluation.setStatus(EvaluationStatus.PUBLISHED);
		harness.open(SelfEvaluationEditor.class, evaluation);

		assertFalse(named(harness.shell(), Button.class, "Link existing evidence to " + CRITERION).isEnabled(),
				"link enabled in a published evaluation");
		assertFalse(named(harness.shell(), Button.class, "Create new evidence for " + CRITERION).isEnabled(),
				"new evidence enabled in a published evaluation");
	}

	private LASelfEvaluation draft() {
		LASelfEvaluation evaluation = harness.workspace().evaluations().stream()
				.filter(LASelfEvaluation.class::isInstance).map(LASelfEvaluation.class::cast)
				.filter(candidate -> !candidate.getEvidence().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("the sample holds no LA self-evaluation with evidence"));
		evaluation.setStatus(EvaluationStatus.DRAFT);
		return evaluation;
	}

	private List<String> shownEvidence() {
		return EditorHarness.findAll(harness.shell(), Label.class).stream().map(Label::getText).toList();
	}

	private Evaluation find(String id) throws IOException {
		return WorkspaceStore.open(folder).evaluations().stream().filter(evaluation -> evaluation.getId().equals(id))
				.findFirst().orElseThrow(() -> new AssertionError("no evaluation " + id + " on disk"));
	}

	private static Judgement judgementOf(Evaluation evaluation, String code) {
		return evaluation.getJudgements().stream()
				.filter(judgement -> SipqmLabels.criterionCode(judgement.getCriterion()).equals(code))
				.findFirst().orElseThrow(() -> new AssertionError("no judgement on " + code));
	}

	private static <T extends Control> T named(Composite root, Class<T> type, String name) {
		return EditorHarness.findAll(root, type).stream()
				.filter(control -> name.equals(control.getData(EditorWidgets.ACCESSIBLE_NAME_KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private static void press(Composite root, String text) {
		Button button = EditorHarness.findAll(root, Button.class).stream().filter(candidate -> text.equals(candidate.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
		assertTrue(button.isEnabled(), "button " + text + " enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		harness.dispatchEvents();
	}
}
