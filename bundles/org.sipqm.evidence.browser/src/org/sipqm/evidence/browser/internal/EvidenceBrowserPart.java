package org.sipqm.evidence.browser.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.evidence.Attachments;
import org.sipqm.core.evidence.EvidenceColumn;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceFiles;
import org.sipqm.core.evidence.EvidenceFilter;
import org.sipqm.core.evidence.EvidenceGap;
import org.sipqm.core.evidence.EvidenceGaps;
import org.sipqm.core.evidence.EvidenceIndex;
import org.sipqm.core.evidence.EvidenceQuery;
import org.sipqm.core.evidence.InvalidAttachmentException;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.FrameworkLookup;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The evidence browser: every evidence item of the open workspace in one table, filtered as the
 * user types and by column, sorted by any column, with a mode that lists judgements and criteria
 * with too little evidence. Opening a row opens its evaluation as the navigator does; files
 * dropped on the table become evidence items of the selected evaluation.
 */
public class EvidenceBrowserPart {

	/** Opens an evaluation, and the judgement or evidence item in it where the form can show one. */
	@FunctionalInterface
	public interface EvaluationOpener {
		void open(Evaluation evaluation, Object element);
	}

	/** Chooses the evaluation that dropped files are evidence for, or returns null to cancel. */
	@FunctionalInterface
	public interface EvaluationChooser {
		Evaluation choose(Shell shell, List<Evaluation> evaluations);
	}

	/** Shows an error that the user can act on. */
	@FunctionalInterface
	public interface ErrorReporter {
		void report(String title, String message);
	}

	/** Opens a file in the program the system sets up for it, and returns whether one was found. */
	@FunctionalInterface
	public interface FileLauncher {
		boolean launch(Path file);
	}

	@Inject
	@Optional
	private EPartService partService;

	private Composite root;
	private StackLayout pageLayout;
	private Label message;
	private Composite browserPage;
	private FilterBar filterBar;
	private Label countLine;
	private Composite tables;
	private StackLayout tableLayout;
	private EvidenceTable evidenceTable;
	private GapTable gapTable;
	private Image restrictedImage;

	private Workspace workspace;
	private EvidenceIndex index;
	private List<EvidenceGap> gaps;
	private EvidenceColumn sortColumn = EvidenceColumn.DATE;
	private boolean ascending = true;

	private EvaluationOpener opener = this::openInEditorArea;
	private EvaluationChooser chooser = EvidenceBrowserPart::askForEvaluation;
	private ErrorReporter errors;
	private FileLauncher launcher = file -> Program.launch(file.toString());

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		restrictedImage = ImageDescriptor
				.createFromURL(EvidenceBrowserPart.class.getResource("/icons/restricted.png")).createImage(); //$NON-NLS-1$
		errors = (title, text) -> MessageDialog.openError(parent.getShell(), title, text);

		root = new Composite(parent, SWT.NONE);
		pageLayout = new StackLayout();
		root.setLayout(pageLayout);

		Composite messagePage = new Composite(root, SWT.NONE);
		FillLayout messageLayout = new FillLayout();
		messageLayout.marginWidth = 8;
		messageLayout.marginHeight = 8;
		messagePage.setLayout(messageLayout);
		message = new Label(messagePage, SWT.WRAP);
		message.setText(Messages.Browser_noWorkspace);
		pageLayout.topControl = messagePage;

		browserPage = createBrowserPage(root);
		workspaceService.current().ifPresent(this::show);
	}

	private Composite createBrowserPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		page.setLayout(layout);

		filterBar = new FilterBar(page, this::refresh);
		filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite actions = new Composite(page, SWT.NONE);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout actionsLayout = new GridLayout(4, false);
		actionsLayout.marginWidth = 0;
		actionsLayout.marginHeight = 0;
		actions.setLayout(actionsLayout);
		countLine = new Label(actions, SWT.NONE);
		countLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(actions, Messages.Action_openEvaluation, null, this::openSelected);
		button(actions, Messages.Action_openAttachment, null, this::openAttachment);
		button(actions, Messages.Action_addFiles, Messages.Action_addFilesHint, this::addFiles);

		tables = new Composite(page, SWT.NONE);
		tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tableLayout = new StackLayout();
		tables.setLayout(tableLayout);
		evidenceTable = new EvidenceTable(tables, restrictedImage, this::sortBy);
		evidenceTable.viewer().addOpenListener(event -> openSelected());
		gapTable = new GapTable(tables);
		gapTable.viewer().addOpenListener(event -> openSelectedGap());
		tableLayout.topControl = evidenceTable.viewer().getControl();

		addDropTarget(evidenceTable.viewer().getControl());
		addDropTarget(gapTable.viewer().getControl());
		return page;
	}

	private static Button button(Composite parent, String text, String tooltip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	@Focus
	public void setFocus() {
		if (pageLayout.topControl == browserPage) {
			filterBar.search().setFocus();
		} else {
			root.setFocus();
		}
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace loaded) {
		show(loaded);
	}

	/** Indexes the workspace in a background job and shows it when the index is ready. */
	private void show(Workspace loaded) {
		if (root.isDisposed() || loaded == workspace) {
			return;
		}
		workspace = loaded;
		index = null;
		message.setText(NLS.bind(Messages.Browser_indexing, loaded.root().getFileName()));
		pageLayout.topControl = message.getParent();
		root.layout();

		Job job = Job.create(NLS.bind(Messages.Browser_indexJob, loaded.root()), monitor -> {
			EvidenceIndex built = EvidenceIndex.build(loaded);
			List<EvidenceGap> found = EvidenceGaps.find(loaded, FrameworkLookup.of(FrameworkRegistry.getDefault()));
			if (!root.isDisposed()) {
				root.getDisplay().asyncExec(() -> indexed(loaded, built, found));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void indexed(Workspace loaded, EvidenceIndex built, List<EvidenceGap> found) {
		if (root.isDisposed() || loaded != workspace) {
			return;
		}
		index = built;
		gaps = found;
		filterBar.setIndex(built);
		pageLayout.topControl = browserPage;
		root.layout(true, true);
		refresh();
	}

	/** Shows the rows that the filters choose, in the table of the current mode, and the count line. */
	void refresh() {
		if (index == null) {
			return;
		}
		EvidenceFilter filter = filterBar.filter();
		if (filterBar.isGapMode()) {
			List<EvidenceGap> shown = gaps.stream().filter(gap -> matches(gap, filter)).toList();
			gapTable.show(shown);
			long weak = shown.stream().filter(gap -> gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK).count();
			countLine.setText(NLS.bind(Messages.Count_gaps, EvidenceLabels.number(weak),
					EvidenceLabels.number(shown.size() - weak)));
			tableLayout.topControl = gapTable.viewer().getControl();
		} else {
			EvidenceQuery query = index.query(filter, sortColumn, ascending);
			evidenceTable.show(query, sortColumn, ascending);
			String count = NLS.bind(Messages.Count_evidence, EvidenceLabels.number(query.count()),
					EvidenceLabels.number(query.total()));
			long restricted = query.restrictedCount();
			countLine.setText(restricted == 0 ? count : count + NLS.bind(Messages.Count_restricted,
					EvidenceLabels.number(restricted)));
			tableLayout.topControl = evidenceTable.viewer().getControl();
		}
		tables.layout();
		countLine.getParent().layout();
	}

	/** Applies the filters that a gap has columns for: LA, term, schedule, criterion and the words of the text. */
	private static boolean matches(EvidenceGap gap, EvidenceFilter filter) {
		String text = (gap.localAuthority() + " " + gap.criterion()).toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
		return (filter.localAuthorityId() == null || filter.localAuthorityId().equals(gap.localAuthorityId()))
				&& (filter.academicYear() == null || filter.academicYear().equals(gap.academicYear()))
				&& (filter.term() == null || filter.term() == gap.term())
				&& (filter.schedule() == null || filter.schedule() == gap.schedule())
				&& (filter.criterion() == null || filter.criterion().equals(gap.criterion()))
				&& Arrays.stream(filter.words()).allMatch(text::contains);
	}

	private void sortBy(EvidenceColumn column, boolean newAscending) {
		sortColumn = column;
		ascending = newAscending;
		refresh();
	}

	/** Opens the evaluation of the first selected evidence item, at its first judgement or at the item. */
	public void openSelected() {
		Object selected = evidenceTable.viewer().getStructuredSelection().getFirstElement();
		if (selected instanceof EvidenceEntry entry) {
			Object element = entry.judgements().isEmpty() ? entry.item() : entry.judgements().get(0);
			opener.open(entry.evaluation(), element);
		}
	}

	private void openSelectedGap() {
		Object selected = gapTable.viewer().getStructuredSelection().getFirstElement();
		if (selected instanceof EvidenceGap gap) {
			opener.open(gap.evaluation(), gap.judgement());
		}
	}

	private void openInEditorArea(Evaluation evaluation, Object element) {
		if (partService == null) {
			ILog.of(getClass()).warn("No part service is available to open " + evaluation.getId()); //$NON-NLS-1$
			return;
		}
		if (element instanceof EObject target) {
			EvaluationReveal.open(partService, workspace, target);
		} else {
			EvaluationEditors.open(partService, workspace, evaluation);
		}
	}

	/** Opens the attachment of the first selected evidence item in the program the system sets up for it. */
	public void openAttachment() {
		Object selected = evidenceTable.viewer().getStructuredSelection().getFirstElement();
		if (!(selected instanceof EvidenceEntry entry)) {
			return;
		}
		try {
			Path file = Attachments.resolveExisting(workspace, entry.item());
			if (!launcher.launch(file)) {
				errors.report(Messages.Attachment_failedTitle, NLS.bind(Messages.Attachment_noProgram, file));
			}
		} catch (InvalidAttachmentException e) {
			errors.report(Messages.Attachment_failedTitle, e.getMessage());
		}
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Add_dialogTitle);
		if (dialog.open() == null) {
			return;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		drop(files);
	}

	private void addDropTarget(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					EvidenceBrowserPart.this.drop(Arrays.stream(names).map(Path::of).toList());
				}
			}
		});
	}

	/**
	 * Adds the files as evidence items of the selected evidence item's evaluation, asking for the
	 * evaluation when none is selected, and selects the new items. Errors go to the user.
	 *
	 * @return the new items, or an empty list when nothing was added
	 */
	public List<EvidenceItem> drop(List<Path> files) {
		if (workspace == null || index == null || files.isEmpty()) {
			return List.of();
		}
		Evaluation evaluation = selectedEvaluation();
		if (evaluation == null) {
			evaluation = chooser.choose(root.getShell(), workspace.evaluations());
			if (evaluation == null) {
				return List.of();
			}
		}

		LocalDate date = evaluation.getDate() != null ? evaluation.getDate() : LocalDate.now();
		List<EvidenceItem> added;
		try {
			added = EvidenceFiles.add(workspace, evaluation, files, date);
		} catch (IOException e) {
			errors.report(Messages.Add_failedTitle, e.getMessage());
			return List.of();
		}

		index.update(evaluation);
		gaps = EvidenceGaps.find(workspace, FrameworkLookup.of(FrameworkRegistry.getDefault()));
		filterBar.setIndex(index);
		refresh();
		select(added);
		return added;
	}

	private Evaluation selectedEvaluation() {
		if (filterBar.isGapMode()) {
			Object gap = gapTable.viewer().getStructuredSelection().getFirstElement();
			return gap instanceof EvidenceGap selected ? selected.evaluation() : null;
		}
		Object entry = evidenceTable.viewer().getStructuredSelection().getFirstElement();
		return entry instanceof EvidenceEntry selected ? selected.evaluation() : null;
	}

	private void select(List<EvidenceItem> items) {
		if (filterBar.isGapMode()) {
			return;
		}
		List<EvidenceEntry> shown = evidenceTable.rows().stream().filter(entry -> items.contains(entry.item())).toList();
		TableViewer viewer = evidenceTable.viewer();
		viewer.setSelection(new StructuredSelection(shown), true);
	}

	private static Evaluation askForEvaluation(Shell shell, List<Evaluation> evaluations) {
		EvaluationChoiceDialog dialog = new EvaluationChoiceDialog(shell, evaluations);
		return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.chosen() : null;
	}

	@PreDestroy
	public void dispose() {
		if (restrictedImage != null) {
			restrictedImage.dispose();
		}
	}

	// Access for the tests, which stand in for the part service, the dialogues and the system's programs.

	public void setOpener(EvaluationOpener newOpener) {
		opener = newOpener;
	}

	public void setChooser(EvaluationChooser newChooser) {
		chooser = newChooser;
	}

	public void setErrorReporter(ErrorReporter reporter) {
		errors = reporter;
	}

	public void setLauncher(FileLauncher newLauncher) {
		launcher = newLauncher;
	}

	/** Returns the index once the workspace is indexed, or null before. */
	public EvidenceIndex index() {
		return index;
	}

	public TableViewer evidenceViewer() {
		return evidenceTable.viewer();
	}

	public TableViewer gapViewer() {
		return gapTable.viewer();
	}

	public org.eclipse.swt.widgets.Text searchField() {
		return filterBar.search();
	}

	public Button gapModeButton() {
		return filterBar.gapMode();
	}

	public String countLine() {
		return countLine.getText();
	}

	/** Selects the local authority with the id in the LA filter, or every one for null, and refreshes. */
	public void selectLocalAuthority(String id) {
		ChoiceCombo<FilterBar.Named> combo = filterBar.authorityCombo();
		FilterBar.Named named = index.entries().stream().filter(entry -> entry.localAuthorityId().equals(id))
				.findFirst().map(entry -> new FilterBar.Named(entry.localAuthorityId(), entry.localAuthority()))
				.orElse(null);
		combo.select(named);
		refresh();
	}
}
