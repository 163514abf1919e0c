package org.sipqm.evidence.browser.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.sipqm.core.evidence.EvidenceColumn;
import org.sipqm.core.evidence.EvidenceEntry;
import org.sipqm.core.evidence.EvidenceQuery;

/**
 * The table of evidence items: a virtual JFace table, so that only the visible rows of a
 * national-scale workspace are labelled. Clicking a column header sorts by that column, and
 * clicking it again reverses the order. Restricted items show a padlock and the word
 * "Restricted".
 */
final class EvidenceTable {

	private final TableViewer viewer;
	private final Image restrictedImage;
	private List<EvidenceEntry> rows = List.of();

	/**
	 * @param onSort called with the column and direction when the user clicks a header
	 */
	EvidenceTable(Composite parent, Image restrictedImage, BiConsumer<EvidenceColumn, Boolean> onSort) {
		this.restrictedImage = restrictedImage;
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
				| SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new LazyRows());

		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setToolTipText(Messages.Browser_tableHint);
		table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Browser_tableName;
			}
		});

		column(Messages.Column_title, 300, EvidenceColumn.TITLE, EvidenceEntry::title, onSort);
		column(Messages.Column_kind, 110, EvidenceColumn.KIND, entry -> EvidenceLabels.kind(entry.kind()), onSort);
		column(Messages.Column_date, 95, EvidenceColumn.DATE, entry -> EvidenceLabels.date(entry.date()), onSort);
		column(Messages.Column_localAuthority, 130, EvidenceColumn.LOCAL_AUTHORITY, EvidenceEntry::localAuthority,
				onSort);
		column(Messages.Column_school, 170, EvidenceColumn.SCHOOL, EvidenceEntry::school, onSort);
		column(Messages.Column_schedule, 80, EvidenceColumn.SCHEDULE, entry -> Integer.toString(entry.schedule()),
				onSort);
		column(Messages.Column_term, 70, EvidenceColumn.TERM,
				entry -> entry.term() == null ? "" : org.sipqm.model.edit.SipqmLabels.term(entry.term()), onSort); //$NON-NLS-1$
		column(Messages.Column_academicYear, 70, EvidenceColumn.ACADEMIC_YEAR, EvidenceEntry::academicYear, onSort);
		column(Messages.Column_criteria, 110, EvidenceColumn.CRITERIA, EvidenceLabels::criteria, onSort);
		column(Messages.Column_judgements, 130, EvidenceColumn.JUDGEMENTS, EvidenceLabels::judgements, onSort);
		column(Messages.Column_impact, 160, EvidenceColumn.IMPACT, entry -> EvidenceLabels.impact(entry.impact()),
				onSort);
		restrictedColumn(onSort);
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows the entries of the query, in its order, and marks the sort column. */
	void show(EvidenceQuery query, EvidenceColumn sort, boolean ascending) {
		rows = query.entries();
		viewer.setInput(rows);
		viewer.setItemCount(rows.size());
		viewer.refresh();

		Table table = viewer.getTable();
		for (TableColumn column : table.getColumns()) {
			if (column.getData() == sort) {
				table.setSortColumn(column);
				table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
			}
		}
	}

	/** Returns the entries shown, in order. */
	List<EvidenceEntry> rows() {
		return rows;
	}

	private void column(String header, int width, EvidenceColumn sortColumn, Function<EvidenceEntry, String> text,
			BiConsumer<EvidenceColumn, Boolean> onSort) {
		TableViewerColumn column = newColumn(header, width, sortColumn, onSort);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof EvidenceEntry entry ? text.apply(entry) : ""; //$NON-NLS-1$
			}
		});
	}

	private void restrictedColumn(BiConsumer<EvidenceColumn, Boolean> onSort) {
		TableViewerColumn column = newColumn(Messages.Column_restricted, 110, EvidenceColumn.RESTRICTED, onSort);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof EvidenceEntry entry && entry.restricted() ? Messages.Restricted_yes : ""; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof EvidenceEntry entry && entry.restricted() ? restrictedImage : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof EvidenceEntry entry && entry.restricted() ? Messages.Restricted_tooltip : null;
			}
		});
	}

	private TableViewerColumn newColumn(String header, int width, EvidenceColumn sortColumn,
			BiConsumer<EvidenceColumn, Boolean> onSort) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = column.getColumn();
		tableColumn.setText(header);
		tableColumn.setWidth(width);
		tableColumn.setMoveable(true);
		tableColumn.setData(sortColumn);
		tableColumn.addListener(SWT.Selection, event -> {
			Table table = viewer.getTable();
			boolean ascending = table.getSortColumn() != tableColumn || table.getSortDirection() != SWT.UP;
			onSort.accept(sortColumn, ascending);
		});
		return column;
	}

	/** Supplies each row when the virtual table first shows it. */
	private final class LazyRows implements ILazyContentProvider {

		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// The rows come from show(), which sets the item count itself.
		}
	}
}
