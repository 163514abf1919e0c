package org.sipqm.compare.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.sipqm.compare.trend.GradeHistory;
import org.sipqm.compare.trend.GradeHistory.Cell;
import org.sipqm.compare.trend.GradeHistory.Row;
import org.sipqm.compare.trend.GradedJudgement;
import org.sipqm.compare.trend.Period;
import org.sipqm.core.Evaluations;
import org.sipqm.core.store.Workspace;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * One local authority's grades over time: a row per criterion and a column per term, oldest term
 * first, each grade in its colour with an arrow where it changed from the criterion's previous
 * graded term. The arrow keys move between cells; Enter or a double-click opens the judgement in
 * its evaluation and reveals it there. The line under the table describes the focused cell in words for screen readers.
 */
public class GradeHistoryPart {

	/** Opens a judgement in its evaluation. */
	@FunctionalInterface
	public interface JudgementOpener {
		void open(GradedJudgement judgement);
	}

	static final String IMPROVED_MARK = "\u2191"; //$NON-NLS-1$
	static final String DECLINED_MARK = "\u2193"; //$NON-NLS-1$

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private EPartService partService;

	private Combo authorityChoice;
	private Combo scheduleChoice;
	private Label summary;
	private TableViewer viewer;
	private TableViewerFocusCellManager focusCells;
	private Text cellDescription;

	private Workspace workspace;
	private List<LocalAuthority> authorities = List.of();
	private List<Integer> schedules = List.of();
	private GradeHistory history;
	private JudgementOpener opener = this::openInEditorArea;

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		page.setLayout(layout);

		new Label(page, SWT.NONE).setText(Messages.History_localAuthority);
		authorityChoice = new Combo(page, SWT.READ_ONLY);
		authorityChoice.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		authorityChoice.addListener(SWT.Selection, event -> refresh());
		new Label(page, SWT.NONE).setText(Messages.History_schedule);
		scheduleChoice = new Combo(page, SWT.READ_ONLY);
		scheduleChoice.addListener(SWT.Selection, event -> refresh());

		summary = new Label(page, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		summaryData.widthHint = 200;
		summary.setLayoutData(summaryData);
		summary.setText(Messages.HeatMap_noWorkspace);

		createTable(page);

		Label legend = new Label(page, SWT.WRAP);
		legend.setText(Messages.History_legend);
		GridData legendData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		legendData.widthHint = 200;
		legend.setLayoutData(legendData);
		cellDescription = new Text(page, SWT.READ_ONLY | SWT.WRAP);
		GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		descriptionData.widthHint = 200;
		// Two lines hold the longest description at 1024 pixels wide without resizing the table as the focus moves.
		descriptionData.heightHint = cellDescription.getLineHeight() * 2;
		cellDescription.setLayoutData(descriptionData);
		cellDescription.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = Messages.History_focusedCell;
			}
		});

		workspaceService.current().ifPresent(this::show);
	}

	private void createTable(Composite page) {
		viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		// The owner-draw highlighter marks only the focused cell, so the other cells of the row keep their grade colours.
		focusCells = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		// GTK does not report Enter in a table with a focus cell as a default selection, so both gestures are handled here.
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				openFocusedCell();
			}
		});
		table.addListener(SWT.MouseDoubleClick, this::openClickedCell);
		table.addListener(SWT.KeyUp, event -> describeFocusedCell());
		table.addListener(SWT.MouseUp, event -> describeFocusedCell());
		table.addListener(SWT.FocusIn, event -> describeFocusedCell());
		table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				if (event.childID == ACC.CHILDID_SELF) {
					event.result = Messages.History_tableName;
				}
			}

			@Override
			public void getDescription(AccessibleEvent event) {
				event.result = cellDescription.getText();
			}
		});
	}

	@Focus
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace loaded) {
		show(loaded);
	}

	/** Lists the local authorities and schedules of the workspace and shows the first authority. */
	void show(Workspace loaded) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		workspace = loaded;

		Set<LocalAuthority> found = new LinkedHashSet<>();
		TreeSet<Integer> scheduleNumbers = new TreeSet<>();
		for (Evaluation evaluation : loaded.evaluations()) {
			if (evaluation.getLocalAuthority() != null && !evaluation.getJudgements().isEmpty()) {
				found.add(evaluation.getLocalAuthority());
				scheduleNumbers.add(Evaluations.scheduleOf(evaluation));
			}
		}
		authorities = found.stream()
				.sorted(Comparator.comparing(LocalAuthority::getName, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		schedules = List.copyOf(scheduleNumbers);

		authorityChoice.setItems(authorities.stream().map(authority -> Objects.requireNonNullElse(authority.getName(), ""))
				.toArray(String[]::new));
		List<String> scheduleItems = new ArrayList<>();
		scheduleItems.add(Messages.History_allSchedules);
		schedules.forEach(number -> scheduleItems.add(NLS.bind(Messages.History_scheduleItem, number)));
		scheduleChoice.setItems(scheduleItems.toArray(String[]::new));
		scheduleChoice.select(0);

		if (authorities.isEmpty()) {
			history = null;
			clearTable();
			summary.setText(Messages.HeatMap_noJudgements);
			return;
		}
		authorityChoice.select(0);
		authorityChoice.getParent().layout(true, true);
		refresh();
	}

	/** Fills the table with the history of the chosen authority and schedule. */
	void refresh() {
		int authorityIndex = authorityChoice.getSelectionIndex();
		if (workspace == null || authorityIndex < 0) {
			return;
		}
		int scheduleIndex = scheduleChoice.getSelectionIndex();
		Integer schedule = scheduleIndex <= 0 ? null : schedules.get(scheduleIndex - 1);
		List<Evaluation> evaluations = schedule == null ? workspace.evaluations()
				: workspace.evaluations().stream().filter(evaluation -> Evaluations.scheduleOf(evaluation) == schedule)
						.toList();
		history = GradeHistory.of(evaluations, authorities.get(authorityIndex));

		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			clearTable();
			createColumns();
			viewer.setInput(history.rows());
		} finally {
			table.setRedraw(true);
		}
		summary.setText(history.rows().isEmpty() ? Messages.History_noGrades
				: NLS.bind(Messages.History_count, history.rows().size(), history.periods().size()));
		cellDescription.setText(""); //$NON-NLS-1$
		summary.getParent().layout(true, true);
	}

	private void createColumns() {
		TableViewerColumn criteria = new TableViewerColumn(viewer, SWT.LEFT);
		criteria.getColumn().setText(Messages.History_criterion);
		criteria.getColumn().setWidth(135);
		criteria.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return criterionLabel(((Row) element).criterion());
			}

			@Override
			public String getToolTipText(Object element) {
				return statement(((Row) element).criterion());
			}
		});
		for (int index = 0; index < history.periods().size(); index++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
			column.getColumn().setText(HeatMapPart.label(history.periods().get(index)));
			column.getColumn().pack();
			column.getColumn().setWidth(Math.max(column.getColumn().getWidth(), 70));
			column.setLabelProvider(new PeriodLabelProvider(index));
		}
	}

	/** The grade, change mark, colour and description of one term's column. */
	private final class PeriodLabelProvider extends ColumnLabelProvider {

		private final int periodIndex;

		PeriodLabelProvider(int periodIndex) {
			this.periodIndex = periodIndex;
		}

		@Override
		public String getText(Object element) {
			return cellText(((Row) element).cells().get(periodIndex));
		}

		@Override
		public Color getBackground(Object element) {
			return ((Row) element).cells().get(periodIndex).map(cell -> GradeColours.of(cell.judgement().grade()))
					.orElse(null);
		}

		@Override
		public String getToolTipText(Object element) {
			return describe((Row) element, periodIndex);
		}
	}

	/** Returns a cell's text: the grade's column number, followed by an arrow when the grade changed. */
	static String cellText(Optional<Cell> cell) {
		if (cell.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		String grade = String.valueOf(cell.get().judgement().grade().getValue());
		return switch (cell.get().change()) {
		case IMPROVED -> grade + " " + IMPROVED_MARK; //$NON-NLS-1$
		case DECLINED -> grade + " " + DECLINED_MARK; //$NON-NLS-1$
		default -> grade;
		};
	}

	/**
	 * Returns the description of a cell in words, such as "1.1.2 (schedule 4), Spring term 2007/08:
	 * Good, better than Requires some improvement in Autumn term 2007/08".
	 */
	public String describe(Row row, int periodIndex) {
		String where = NLS.bind(Messages.History_cellPlace, criterionLabel(row.criterion()),
				HeatMapPart.label(history.periods().get(periodIndex)));
		Optional<Cell> cell = row.cells().get(periodIndex);
		if (cell.isEmpty()) {
			return NLS.bind(Messages.History_cellEmpty, where);
		}
		Grade grade = cell.get().judgement().grade();
		OptionalInt previousIndex = row.previousGraded(periodIndex);
		if (previousIndex.isEmpty()) {
			return NLS.bind(Messages.History_cellFirst, where, SipqmLabels.grade(grade));
		}
		Grade previous = row.cells().get(previousIndex.getAsInt()).orElseThrow().judgement().grade();
		String previousPeriod = HeatMapPart.label(history.periods().get(previousIndex.getAsInt()));
		String template = switch (cell.get().change()) {
		case IMPROVED -> Messages.History_cellImproved;
		case DECLINED -> Messages.History_cellDeclined;
		default -> Messages.History_cellSame;
		};
		return NLS.bind(template, new Object[] { where, SipqmLabels.grade(grade), SipqmLabels.grade(previous), previousPeriod });
	}

	private void describeFocusedCell() {
		ViewerCell focused = focusCells.getFocusCell();
		if (focused == null || history == null || !(focused.getElement() instanceof Row row)) {
			return;
		}
		int column = focused.getColumnIndex();
		String text = column == 0 ? criterionLabel(row.criterion()) + ": " + statement(row.criterion()) //$NON-NLS-1$
				: describe(row, column - 1);
		cellDescription.setText(text);
	}

	private void openFocusedCell() {
		ViewerCell focused = focusCells.getFocusCell();
		if (focused != null && focused.getElement() instanceof Row row && focused.getColumnIndex() > 0) {
			openCell(history.rows().indexOf(row), focused.getColumnIndex() - 1);
		}
	}

	private void openClickedCell(Event event) {
		ViewerCell clicked = viewer.getCell(new Point(event.x, event.y));
		if (clicked != null && clicked.getElement() instanceof Row row && clicked.getColumnIndex() > 0) {
			openCell(history.rows().indexOf(row), clicked.getColumnIndex() - 1);
		}
	}

	/** Opens the judgement of a criterion row and a term column, if that cell has a grade. */
	public void openCell(int rowIndex, int periodIndex) {
		history.rows().get(rowIndex).cells().get(periodIndex).ifPresent(cell -> opener.open(cell.judgement()));
	}

	/**
	 * Moves the focus to a cell and describes it, as a click on the cell does. Column 0 is the
	 * criterion. JFace offers no public way to set the focus cell, so this sends the mouse-down
	 * that the focus cell manager listens to.
	 */
	public void focusCell(int rowIndex, int column) {
		Table table = viewer.getTable();
		table.setFocus();
		table.setSelection(rowIndex);
		Rectangle bounds = table.getItem(rowIndex).getBounds(column);
		Event down = new Event();
		down.x = bounds.x + 2;
		down.y = bounds.y + 2;
		down.button = 1;
		table.notifyListeners(SWT.MouseDown, down);
		describeFocusedCell();
	}

	private void openInEditorArea(GradedJudgement judgement) {
		if (partService != null && workspace != null) {
			EvaluationReveal.open(partService, workspace, judgement.judgement());
		}
	}

	private void clearTable() {
		viewer.setInput(List.of());
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
	}

	private static String criterionLabel(String criterion) {
		try {
			CriterionUri uri = CriterionUri.parse(criterion);
			return NLS.bind(Messages.Crosswalk_criterionCode, uri.schedule(), uri.code());
		} catch (IllegalArgumentException e) {
			return criterion;
		}
	}

	private static String statement(String criterion) {
		try {
			return FrameworkRegistry.getDefault().find(CriterionUri.parse(criterion)).map(Criterion::getStatement)
					.orElse(criterion);
		} catch (IllegalArgumentException e) {
			return criterion;
		}
	}

	/** Chooses the local authority at an index of {@link #authorities()}, as the user would in its list. */
	public void chooseAuthority(int index) {
		authorityChoice.select(index);
		refresh();
	}

	/** Chooses a schedule number, or null for all schedules, as the user would in the schedule list. */
	public void chooseSchedule(Integer schedule) {
		scheduleChoice.select(schedule == null ? 0 : schedules.indexOf(schedule) + 1);
		refresh();
	}

	public void setOpener(JudgementOpener opener) {
		this.opener = opener;
	}

	public Table table() {
		return viewer.getTable();
	}

	public GradeHistory history() {
		return history;
	}

	public List<LocalAuthority> authorities() {
		return authorities;
	}

	public String summary() {
		return summary.getText();
	}

	public String cellDescription() {
		return cellDescription.getText();
	}
}
