package org.sipqm.ui.internal.editing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.journal.JournalEntry;

/**
 * Lists the journal entries found at start-up and lets the user choose, per evaluation, to recover
 * its edits, discard them or keep them for later. Intact entries start as Recover; stale and
 * corrupt ones start as Keep for Later, so that nothing is applied or deleted without a choice. A
 * corrupt entry cannot be recovered. Cancelling keeps every entry.
 */
public final class RecoveryDialog extends Dialog {

	/** The action taken on one entry. */
	public enum Choice {
		RECOVER, DISCARD, KEEP
	}

	/** Day, month, year and 24-hour time, such as "5 Dec 2026, 00:34:29", as elsewhere in the workbench. */
	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK) //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final Map<JournalEntry, Choice> choices = new LinkedHashMap<>();
	private final Function<JournalEntry, String> labels;
	private TableViewer viewer;
	private Text details;
	private Button recoverButton;

	/**
	 * @param labels returns the label of an entry's evaluation as the workspace shows it, or null
	 *               to show the label recorded in the entry
	 */
	public RecoveryDialog(Shell parent, List<JournalEntry> entries, Function<JournalEntry, String> labels) {
		super(parent);
		this.labels = labels;
		for (JournalEntry entry : entries) {
			choices.put(entry, entry.state() == JournalEntry.State.RECOVERABLE ? Choice.RECOVER : Choice.KEEP);
		}
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Returns the choice per entry; after Cancel every entry is kept. */
	public Map<JournalEntry, Choice> choices() {
		return choices;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(JournalMessages.Recovery_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);

		Label message = new Label(area, SWT.WRAP);
		message.setText(JournalMessages.Recovery_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(90), SWT.DEFAULT)
				.applyTo(message);

		Label tableLabel = new Label(area, SWT.NONE);
		tableLabel.setText(JournalMessages.Recovery_tableLabel);
		createTable(area);
		createChoiceButtons(area);

		Label detailsLabel = new Label(area, SWT.NONE);
		detailsLabel.setText(JournalMessages.Recovery_detailsLabel);
		details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, convertHeightInCharsToPixels(5))
				.applyTo(details);

		if (!choices.isEmpty()) {
			viewer.getTable().setSelection(0);
			selectionChanged();
		}
		return area;
	}

	private void createTable(Composite area) {
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		addColumn(JournalMessages.Recovery_evaluationColumn, 38, this::label);
		addColumn(JournalMessages.Recovery_fileColumn, 36, JournalEntry::evaluationPath);
		addColumn(JournalMessages.Recovery_editedColumn, 27, entry -> entry.editedAt() == null
				? JournalMessages.Recovery_unknownTime
				: TIME_FORMAT.format(entry.editedAt()));
		addColumn(JournalMessages.Recovery_conditionColumn, 28, RecoveryDialog::condition);
		addColumn(JournalMessages.Recovery_choiceColumn, 14, entry -> choiceLabel(choices.get(entry)));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.copyOf(choices.keySet()));
		// Columns fit their header and rows, each up to its maximum width, so that the dialogue fits a
		// 1024 pixels wide screen. The details below the table show the selected row in full.
		for (TableColumn column : viewer.getTable().getColumns()) {
			int maxWidth = column.getWidth();
			column.pack();
			column.setWidth(Math.min(column.getWidth() + convertHorizontalDLUsToPixels(4), maxWidth));
		}
		viewer.addSelectionChangedListener(event -> selectionChanged());
		int rows = Math.min(Math.max(choices.size(), 3), 10);
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(SWT.DEFAULT, viewer.getTable().getItemHeight() * rows + viewer.getTable().getHeaderHeight())
				.applyTo(viewer.getTable());
	}

	private void addColumn(String title, int widthInChars, Function<JournalEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(convertWidthInCharsToPixels(widthInChars));
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((JournalEntry) element);
			}
		});
	}

	private void createChoiceButtons(Composite area) {
		Composite row = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		recoverButton = choiceButton(row, JournalMessages.Recovery_recoverButton, Choice.RECOVER);
		choiceButton(row, JournalMessages.Recovery_discardButton, Choice.DISCARD);
		choiceButton(row, JournalMessages.Recovery_keepButton, Choice.KEEP);
	}

	private Button choiceButton(Composite row, String text, Choice choice) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> choose(choice));
		return button;
	}

	/** Sets the choice of the selected entries; Recover leaves corrupt entries as they are. */
	void choose(Choice choice) {
		for (Object selected : viewer.getStructuredSelection().toList()) {
			JournalEntry entry = (JournalEntry) selected;
			if (choice != Choice.RECOVER || entry.isIntact()) {
				choices.put(entry, choice);
			}
		}
		viewer.refresh();
		selectionChanged();
	}

	private void selectionChanged() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		boolean anyIntact = selection.stream().anyMatch(selected -> ((JournalEntry) selected).isIntact());
		recoverButton.setEnabled(anyIntact);
		if (selection.size() == 1 && selection.getFirstElement() instanceof JournalEntry entry) {
			String state = entry.problem() == null ? condition(entry) : entry.problem();
			details.setText(String.join("\n", label(entry), entry.evaluationPath(), state, //$NON-NLS-1$
					entry.entryFile().toString()));
		} else {
			details.setText(""); //$NON-NLS-1$
		}
	}

	private String label(JournalEntry entry) {
		String label = labels.apply(entry);
		if (label == null || label.isBlank()) {
			label = entry.label();
		}
		return label == null || label.isBlank() ? JournalMessages.Recovery_noLabel : label;
	}

	private static String condition(JournalEntry entry) {
		return switch (entry.state()) {
		case RECOVERABLE -> JournalMessages.Recovery_recoverable;
		case STALE -> JournalMessages.Recovery_stale;
		case CORRUPT -> JournalMessages.Recovery_corrupt;
		};
	}

	private static String choiceLabel(Choice choice) {
		return switch (choice) {
		case RECOVER -> JournalMessages.Recovery_choiceRecover;
		case DISCARD -> JournalMessages.Recovery_choiceDiscard;
		case KEEP -> JournalMessages.Recovery_choiceKeep;
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, JournalMessages.Recovery_apply, true);
		createButton(parent, IDialogConstants.CANCEL_ID, JournalMessages.Recovery_decideLater, false);
	}

	@Override
	protected void cancelPressed() {
		choices.replaceAll((entry, choice) -> Choice.KEEP);
		super.cancelPressed();
	}

	/** Returns the table, for the tests. */
	public TableViewer viewer() {
		return viewer;
	}
}
