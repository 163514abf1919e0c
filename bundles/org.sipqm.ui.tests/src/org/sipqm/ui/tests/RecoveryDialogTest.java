package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.journal.EditJournal;
import org.sipqm.core.journal.JournalEntry;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.editing.RecoveryDialog;
import org.sipqm.ui.internal.editing.RecoveryDialog.Choice;

/**
 * Opens the recovery dialogue on a journal with one recoverable, one stale and one corrupt entry,
 * and checks what it lists, the choice each entry starts with and the choices the user can make.
 */
class RecoveryDialogTest {

	@TempDir
	Path folder;

	private Shell parent;
	private RecoveryDialog dialog;
	private Workspace workspace;
	private EditJournal journal;
	private JournalEntry recoverable;
	private JournalEntry stale;
	private JournalEntry corrupt;

	@BeforeEach
	void writeJournal() throws IOException {
		workspace = WorkspaceStore.open(TestWorkspaces.sample(folder));
		journal = new EditJournal(folder);
		Evaluation first = workspace.evaluations().get(0);
		Evaluation second = workspace.evaluations().get(1);
		journal.write(path(first), SipqmLabels.evaluation(first), EditJournal.serialise(first),
				Instant.parse("2026-12-04T21:15:30Z"));
		journal.write(path(second), SipqmLabels.evaluation(second), EditJournal.serialise(second),
				Instant.parse("2026-12-04T21:16:00Z"));
		Files.writeString(folder.resolve(path(second)), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
		Files.writeString(journal.folder().resolve("ffff.journal"), "damaged", StandardCharsets.UTF_8);

		List<JournalEntry> entries = journal.list();
		assertEquals(3, entries.size(), "entries: " + entries);
		recoverable = find(entries, JournalEntry.State.RECOVERABLE);
		stale = find(entries, JournalEntry.State.STALE);
		corrupt = find(entries, JournalEntry.State.CORRUPT);

		parent = new Shell(Display.getDefault());
		dialog = new RecoveryDialog(parent, entries,
				entry -> entry == recoverable ? "Label from the workspace" : null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dispatch();
	}

	@AfterEach
	void closeDialog() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		parent.dispose();
	}

	@Test
	void rowsNameEvaluationFileAndCondition() {
		Table table = dialog.viewer().getTable();

		assertEquals(3, table.getItemCount());
		assertEquals(List.of("Evaluation", "File", "Last journalled edit", "Condition", "Choice"),
				java.util.Arrays.stream(table.getColumns()).map(column -> column.getText()).toList());
		TableItem recoverableRow = row(recoverable);
		assertEquals("Label from the workspace", recoverableRow.getText(0));
		assertEquals(recoverable.evaluationPath(), recoverableRow.getText(1));
		assertFalse(recoverableRow.getText(2).isBlank(), "time of the last edit");
		assertEquals("Can be recovered", recoverableRow.getText(3));
		assertEquals(stale.label(), row(stale).getText(0), "label recorded in the entry");
		assertEquals("File changed since", row(stale).getText(3));
		assertEquals("(not recorded)", row(corrupt).getText(0));
		assertEquals("Unknown", row(corrupt).getText(2));
		assertEquals("Corrupt, cannot be recovered", row(corrupt).getText(3));
	}

	@Test
	void onlyIntactEntriesStartAsRecover() {
		assertEquals(Map.of(recoverable, Choice.RECOVER, stale, Choice.KEEP, corrupt, Choice.KEEP), dialog.choices());
		assertEquals("Recover", row(recoverable).getText(4));
		assertEquals("Keep for later", row(stale).getText(4));
	}

	@Test
	void corruptEntryCannotBeRecovered() {
		dialog.viewer().setSelection(new StructuredSelection(corrupt), true);
		dispatch();

		assertFalse(button("&Recover").isEnabled(), "Recover enabled for a corrupt entry");
		assertTrue(detailsText().contains("SIP QM edit journal") || detailsText().contains("header"),
				"details: " + detailsText());
		assertTrue(detailsText().contains(corrupt.entryFile().toString()), "details: " + detailsText());
	}

	@Test
	void staleEntryRecoveredOnlyWhenChosen() {
		dialog.viewer().setSelection(new StructuredSelection(stale), true);
		dispatch();
		assertTrue(detailsText().contains("changed on disk"), "details: " + detailsText());

		click(button("&Recover"));

		assertEquals(Choice.RECOVER, dialog.choices().get(stale));
		assertEquals("Recover", row(stale).getText(4));
	}

	@Test
	void discardAndApplyReturnChoices() {
		dialog.viewer().setSelection(new StructuredSelection(List.of(recoverable, corrupt)), true);
		dispatch();
		click(button("&Discard"));
		click(button("&Apply"));

		assertEquals(Window.OK, dialog.getReturnCode());
		assertEquals(Map.of(recoverable, Choice.DISCARD, stale, Choice.KEEP, corrupt, Choice.DISCARD), dialog.choices());
	}

	@Test
	void decideLaterKeepsEverything() {
		click(button("Decide &Later"));

		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertEquals(Map.of(recoverable, Choice.KEEP, stale, Choice.KEEP, corrupt, Choice.KEEP), dialog.choices());
		assertEquals(3, entriesOnDisk());
	}

	private long entriesOnDisk() {
		try {
			return journal.list().size();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private TableItem row(JournalEntry entry) {
		for (TableItem item : dialog.viewer().getTable().getItems()) {
			if (item.getData() == entry) {
				return item;
			}
		}
		throw new AssertionError("no row for " + entry.entryFile());
	}

	private Button button(String text) {
		return controls(dialog.getShell(), Button.class).stream().filter(button -> text.equals(button.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
	}

	private String detailsText() {
		org.eclipse.swt.widgets.Text details = controls(dialog.getShell(), org.eclipse.swt.widgets.Text.class).get(0);
		assertNotNull(details);
		return details.getText();
	}

	private void click(Button button) {
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		dispatch();
	}

	private static <T extends Control> List<T> controls(Composite root, Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(controls(composite, type));
			}
		}
		return found;
	}

	private static void dispatch() {
		while (Display.getDefault().readAndDispatch()) {
			// Runs pending events such as paints.
		}
	}

	private static JournalEntry find(List<JournalEntry> entries, JournalEntry.State state) {
		return entries.stream().filter(entry -> entry.state() == state).findFirst()
				.orElseThrow(() -> new AssertionError("no " + state + " entry in " + entries));
	}

	private String path(Evaluation evaluation) {
		return WorkspaceLayout.toPortableString(workspace.pathOf(evaluation));
	}
}
