package org.sipqm.ui.internal.problems;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;
import org.sipqm.ui.internal.evaluation.SeverityLabels;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Problems view: every diagnostic of {@link WorkspaceValidator#withDefaultRules()} over the
 * open workspace, the same list that the command line's {@code validate} prints. The view
 * validates in a background job when it opens and after each workspace load. The table sorts by
 * any column, filters by severity, and opening a row (double-click or Enter) opens its evaluation
 * and reveals the element.
 */
public class ProblemsPart {

	/** Element id of the part in Application.e4xmi. */
	public static final String PART_ID = "org.sipqm.ui.part.problems"; //$NON-NLS-1$

	/** Maximum characters per line of a cell's tool tip. */
	private static final int TOOL_TIP_LINE_LENGTH = 100;

	/** Severities that the filter offers, in the order of its entries. Null shows every severity. */
	private static final Severity[] FILTER_SEVERITIES = { null, Severity.ERROR, Severity.WARNING, Severity.INFO };

	@Inject
	private UISynchronize uiSynchronize;

	@Inject
	private EPartService partService;

	/** Counts the validations started, so that the results of an older one are dropped. */
	private final AtomicInteger validationCount = new AtomicInteger();

	private Label status;
	private Combo severityFilter;
	private TableViewer viewer;
	private Workspace workspace;
	private List<WorkspaceDiagnostic> diagnostics = List.of();
	private DiagnosticColumn sortColumn = DiagnosticColumn.SEVERITY;
	private boolean ascending = true;
	private boolean validating;

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 4;
		layout.marginHeight = 4;
		content.setLayout(layout);

		status = new Label(content, SWT.NONE);
		status.setText(Messages.Problems_noWorkspace);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label show = new Label(content, SWT.NONE);
		show.setText(Messages.Problems_show);
		severityFilter = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
		severityFilter.setItems(Messages.Problems_allSeverities, Messages.Problems_errorsOnly,
				Messages.Problems_warningsOnly, Messages.Problems_infosOnly);
		severityFilter.select(0);
		severityFilter.addListener(SWT.Selection, event -> {
			viewer.refresh();
			updateStatus();
		});

		viewer = createViewer(content);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));

		workspaceService.current().ifPresent(this::validate);
	}

	private TableViewer createViewer(Composite parent) {
		TableViewer tableViewer = new TableViewer(parent,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tableViewer.getTable().setHeaderVisible(true);
		tableViewer.getTable().setLinesVisible(true);
		tableViewer.getTable().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = Messages.Problems_tableName;
			}
		});
		ColumnViewerToolTipSupport.enableFor(tableViewer);
		tableViewer.setContentProvider(ArrayContentProvider.getInstance());
		tableViewer.setUseHashlookup(true);
		for (DiagnosticColumn column : DiagnosticColumn.values()) {
			createColumn(tableViewer, column);
		}
		tableViewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer unused, Object first, Object second) {
				return sortColumn.rowOrder(ascending).compare((WorkspaceDiagnostic) first, (WorkspaceDiagnostic) second);
			}
		});
		tableViewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer unused, Object parentElement, Object element) {
				Severity shownSeverity = selectedSeverity();
				return shownSeverity == null || ((WorkspaceDiagnostic) element).severity() == shownSeverity;
			}
		});
		tableViewer.getTable().setSortColumn(tableViewer.getTable().getColumn(sortColumn.ordinal()));
		tableViewer.getTable().setSortDirection(SWT.UP);
		// JFace sends the open event on double-click and on Enter.
		tableViewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof WorkspaceDiagnostic diagnostic) {
				open(diagnostic);
			}
		});
		return tableViewer;
	}

	private void createColumn(TableViewer tableViewer, DiagnosticColumn column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(tableViewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.heading);
		tableColumn.setWidth(column.width);
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text.apply((WorkspaceDiagnostic) element);
			}

			/** Returns the cell's full text, because long messages and file paths do not fit the column. */
			@Override
			public String getToolTipText(Object element) {
				return column == DiagnosticColumn.SEVERITY ? null : wrap(getText(element));
			}

			@Override
			public Image getImage(Object element) {
				return column == DiagnosticColumn.SEVERITY
						? SeverityLabels.image(((WorkspaceDiagnostic) element).severity())
						: null;
			}
		});
		tableColumn.addListener(SWT.Selection, event -> sortBy(column));
	}

	/**
	 * Breaks the text into lines of at most {@value #TOOL_TIP_LINE_LENGTH} characters at spaces,
	 * because a tool tip shows one line per line of its text and would run off the screen.
	 */
	static String wrap(String text) {
		StringBuilder wrapped = new StringBuilder();
		int lineLength = 0;
		for (String word : text.split(" ")) { //$NON-NLS-1$
			if (lineLength > 0 && lineLength + 1 + word.length() > TOOL_TIP_LINE_LENGTH) {
				wrapped.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				wrapped.append(' ');
				lineLength++;
			}
			wrapped.append(word);
			lineLength += word.length();
		}
		return wrapped.toString();
	}

	/** Sorts by the column, or reverses the order when the table is sorted by it already. */
	private void sortBy(DiagnosticColumn column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(column.ordinal()));
		viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		viewer.refresh();
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace loaded) {
		if (status != null && !status.isDisposed()) {
			validate(loaded);
		}
	}

	/** Validates the workspace again after an evaluation was added to it. */
	@Inject
	@Optional
	void evaluationCreated(@UIEventTopic(WorkspaceEvents.EVALUATION_CREATED) Evaluation created) {
		if (status != null && !status.isDisposed() && workspace != null) {
			validate(workspace);
		}
	}

	/**
	 * Validates the workspace in a background job and shows the diagnostics when it finishes,
	 * unless another validation has started since.
	 * <p>
	 * NOTE: The job reads the model off the UI thread. That is safe only while nothing changes the
	 * model. An editor that changes an evaluation during a validation may make the job fail or
	 * report a mix of old and new data.
	 */
	private void validate(Workspace loaded) {
		workspace = loaded;
		int number = validationCount.incrementAndGet();
		validating = true;
		status.setText(Messages.Problems_validating);
		Job job = Job.create(NLS.bind(Messages.Problems_validationJob, loaded.root()), monitor -> {
			try {
				List<WorkspaceDiagnostic> found = WorkspaceValidator.withDefaultRules().validate(loaded);
				uiSynchronize.asyncExec(() -> show(number, loaded, found, null));
			} catch (RuntimeException e) {
				ILog.of(ProblemsPart.class).error("Failed to validate the workspace " + loaded.root(), e); //$NON-NLS-1$
				uiSynchronize.asyncExec(() -> show(number, loaded, List.of(), e));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void show(int number, Workspace validated, List<WorkspaceDiagnostic> found, RuntimeException failure) {
		if (number != validationCount.get() || viewer.getControl().isDisposed() || validated != workspace) {
			return;
		}
		validating = false;
		diagnostics = List.copyOf(found);
		viewer.setInput(diagnostics);
		if (failure != null) {
			status.setText(NLS.bind(Messages.Problems_validationFailed, failure));
		} else {
			updateStatus();
		}
		status.getParent().layout(true);
	}

	private void updateStatus() {
		if (validating || workspace == null) {
			return;
		}
		Map<Severity, Long> counts = diagnostics.stream()
				.collect(Collectors.groupingBy(WorkspaceDiagnostic::severity, Collectors.counting()));
		String text = NLS.bind(Messages.Problems_counts, new Object[] {
				count(counts, Severity.ERROR, Messages.Problems_oneError, Messages.Problems_errors),
				count(counts, Severity.WARNING, Messages.Problems_oneWarning, Messages.Problems_warnings),
				count(counts, Severity.INFO, Messages.Problems_oneInfo, Messages.Problems_infos) });
		int shownRows = viewer.getTable().getItemCount();
		status.setText(shownRows == diagnostics.size() ? text
				: NLS.bind(Messages.Problems_countsFiltered, text, shownRows));
		status.getParent().layout(true);
	}

	private static String count(Map<Severity, Long> counts, Severity severity, String singular, String plural) {
		long count = counts.getOrDefault(severity, 0L);
		return count == 1 ? singular : NLS.bind(plural, count);
	}

	private Severity selectedSeverity() {
		int index = severityFilter.getSelectionIndex();
		return index < 0 ? null : FILTER_SEVERITIES[index];
	}

	/**
	 * Opens the evaluation of the diagnostic and reveals its element. A diagnostic of a whole
	 * evaluation file opens that evaluation. Diagnostics of the organisation file open nothing.
	 */
	public void open(WorkspaceDiagnostic diagnostic) {
		if (workspace == null) {
			return;
		}
		EObject element = diagnostic.element();
		if (element == null) {
			for (Evaluation evaluation : workspace.evaluations()) {
				if (diagnostic.file().equals(workspace.pathOf(evaluation))) {
					element = evaluation;
					break;
				}
			}
		}
		if (element != null) {
			EvaluationReveal.open(partService, workspace, element);
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Returns the table viewer, for the tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** Returns the severity filter, for the tests. */
	public Combo getSeverityFilter() {
		return severityFilter;
	}

	/** Returns the line with the counts, for the tests. */
	public Label getStatus() {
		return status;
	}

	/** Returns whether a validation is running whose results the view has not shown yet. */
	public boolean isValidating() {
		return validating;
	}

	@PreDestroy
	public void dispose() {
		// Drops the results of a validation that is still running.
		validationCount.incrementAndGet();
	}
}
