package org.sipqm.compare.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sipqm.compare.trend.GradeHeatMap;
import org.sipqm.compare.trend.GradedJudgement;
import org.sipqm.compare.trend.Period;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The regional heat map: for a chosen term, one row per local authority and one column per
 * criterion, each cell showing the grade in its colour. Double-clicking a cell opens the evaluation
 * that contains the judgement, as the navigator does.
 */
public class HeatMapPart {

	/** Opens the evaluation of a judgement. */
	@FunctionalInterface
	public interface EvaluationOpener {
		void open(Evaluation evaluation);
	}

	@Inject
	@Optional
	private EPartService partService;

	private Combo periodChoice;
	private Label summary;
	private Table table;
	private Workspace workspace;
	private List<Period> periods = List.of();
	private GradeHeatMap map;
	private EvaluationOpener opener = this::openInEditorArea;

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		page.setLayout(layout);

		new Label(page, SWT.NONE).setText(Messages.HeatMap_term);
		periodChoice = new Combo(page, SWT.READ_ONLY);
		periodChoice.addListener(SWT.Selection, event -> showPeriod());
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		summary.setText(Messages.HeatMap_noWorkspace);

		table = new Table(page, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table.addListener(SWT.MouseDoubleClick, this::openCell);
		// GTK highlights the whole selected row, which would hide the grade colours, so only the name cell shows it.
		table.addListener(SWT.EraseItem, event -> {
			if (event.index > 0) {
				event.detail &= ~SWT.SELECTED;
			}
		});

		Label legend = new Label(page, SWT.NONE);
		legend.setText(Messages.HeatMap_legend);
		legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		workspaceService.current().ifPresent(this::show);
	}

	@Focus
	public void setFocus() {
		table.setFocus();
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace loaded) {
		show(loaded);
	}

	/** Lists the terms of the workspace that have graded judgements, newest first, and shows the newest. */
	void show(Workspace loaded) {
		if (table.isDisposed()) {
			return;
		}
		workspace = loaded;
		TreeSet<Period> found = new TreeSet<>(Comparator.reverseOrder());
		for (Evaluation evaluation : loaded.evaluations()) {
			if (evaluation.getAcademicYear() != null && !evaluation.getJudgements().isEmpty()) {
				found.add(new Period(evaluation.getAcademicYear(), evaluation.getTerm()));
			}
		}
		periods = List.copyOf(found);
		periodChoice.setItems(periods.stream().map(HeatMapPart::label).toArray(String[]::new));
		if (periods.isEmpty()) {
			clearTable();
			summary.setText(Messages.HeatMap_noJudgements);
			return;
		}
		periodChoice.select(0);
		showPeriod();
	}

	/** Fills the table with the heat map of the chosen term. */
	void showPeriod() {
		int index = periodChoice.getSelectionIndex();
		if (workspace == null || index < 0) {
			return;
		}
		map = GradeHeatMap.of(workspace.evaluations(), periods.get(index));
		table.setRedraw(false);
		try {
			clearTable();
			createColumns();
			for (LocalAuthority authority : map.localAuthorities()) {
				createRow(authority);
			}
		} finally {
			table.setRedraw(true);
		}
		summary.setText(NLS.bind(Messages.HeatMap_count, map.localAuthorities().size(), map.criteria().size()));
		summary.getParent().layout(true, true);
	}

	private void createColumns() {
		TableColumn names = new TableColumn(table, SWT.LEFT);
		names.setText(Messages.HeatMap_localAuthority);
		names.setWidth(170);
		for (String criterion : map.criteria()) {
			TableColumn column = new TableColumn(table, SWT.CENTER);
			CriterionUri uri = parse(criterion);
			column.setText(uri == null ? criterion : uri.code());
			column.setToolTipText(uri == null ? criterion : NLS.bind(Messages.HeatMap_criterionTooltip, uri.schedule(), uri.code()));
			column.pack();
			column.setWidth(Math.max(column.getWidth(), 44));
		}
	}

	private void createRow(LocalAuthority authority) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(0, Objects.requireNonNullElse(authority.getName(), ""));
		item.setData(authority);
		for (int i = 0; i < map.criteria().size(); i++) {
			java.util.Optional<GradedJudgement> cell = map.cell(authority, map.criteria().get(i));
			if (cell.isPresent()) {
				Grade grade = cell.get().grade();
				item.setText(i + 1, String.valueOf(grade.getValue()));
				item.setBackground(i + 1, GradeColours.of(grade));
			}
		}
	}

	private void openCell(Event event) {
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				openCell((LocalAuthority) item.getData(), column - 1);
				return;
			}
		}
	}

	/** Opens the evaluation of the cell in the given row and criterion column, if the cell has a grade. */
	public void openCell(LocalAuthority authority, int criterionIndex) {
		map.cell(authority, map.criteria().get(criterionIndex)).ifPresent(cell -> opener.open(cell.evaluation()));
	}

	private void openInEditorArea(Evaluation evaluation) {
		if (partService != null && workspace != null) {
			EvaluationEditors.open(partService, workspace, evaluation);
		}
	}

	private void clearTable() {
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
	}

	private static CriterionUri parse(String criterion) {
		try {
			return CriterionUri.parse(criterion);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Returns the name of a term, such as "Autumn term 2007/08". */
	static String label(Period period) {
		if (period.term() == null) {
			return period.academicYear();
		}
		String term = switch (period.term()) {
		case AUTUMN -> Messages.Term_autumn;
		case SPRING -> Messages.Term_spring;
		case SUMMER -> Messages.Term_summer;
		};
		return NLS.bind(Messages.HeatMap_period, term, period.academicYear());
	}

	/** Chooses the term at an index of {@link #periods()} as the user would in the term list. */
	public void choosePeriod(int index) {
		periodChoice.select(index);
		showPeriod();
	}

	public void setOpener(EvaluationOpener opener) {
		this.opener = opener;
	}

	public Table table() {
		return table;
	}

	public Combo periodChoice() {
		return periodChoice;
	}

	public String summary() {
		return summary.getText();
	}

	public List<Period> periods() {
		return new ArrayList<>(periods);
	}
}
