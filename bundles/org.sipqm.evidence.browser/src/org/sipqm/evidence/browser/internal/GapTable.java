package org.sipqm.evidence.browser.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.sipqm.core.evidence.EvidenceGap;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * The table of the "too little evidence" mode: judgements whose evidence is too weak for their
 * grade and criteria without evidence, per local authority and term, in that order.
 */
final class GapTable {

	private final TableViewer viewer;

	GapTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Browser_gapTableName;
			}
		});

		column(Messages.Column_gap, 220, EvidenceLabels::gapKind);
		column(Messages.Column_localAuthority, 130, EvidenceGap::localAuthority);
		column(Messages.Column_term, 120, gap -> EvidenceLabels.term(gap.term(), gap.academicYear()));
		column(Messages.Column_schedule, 80, gap -> Integer.toString(gap.schedule()));
		column(Messages.Column_criterion, 90, EvidenceGap::criterion);
		column(Messages.Column_grade, 150, gap -> EvidenceLabels.grade(gap.grade()));
		column(Messages.Column_required, 130, gap -> gap.required() == null ? "" : EvidenceLabels.impact(gap.required())); //$NON-NLS-1$
		column(Messages.Column_strongest, 170, gap -> gap.kind() == EvidenceGap.Kind.JUDGEMENT_TOO_WEAK
				? EvidenceLabels.impact(gap.strongest()) : ""); //$NON-NLS-1$
		column(Messages.Column_evaluation, 300, gap -> EvaluationEditors.title(gap.evaluation()));
	}

	TableViewer viewer() {
		return viewer;
	}

	void show(List<EvidenceGap> gaps) {
		viewer.setInput(gaps);
	}

	private void column(String header, int width, Function<EvidenceGap, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof EvidenceGap gap ? text.apply(gap) : ""; //$NON-NLS-1$
			}
		});
	}
}
