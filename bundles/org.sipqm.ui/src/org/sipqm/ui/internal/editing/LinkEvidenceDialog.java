package org.sipqm.ui.internal.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvidenceItem;
import org.sipqm.ui.internal.evaluation.EvidenceText;

/**
 * Lets the user pick evidence items to link: those of the evaluation being edited and, on request,
 * those of the other evaluations of the workspace, filtered by words of their title, kind, source,
 * description or evaluation. Items linked already are not offered.
 */
public final class LinkEvidenceDialog extends TitleAreaDialog {

	private static final int TABLE_HEIGHT_ROWS = 12;

	/** Width in pixels of the table, which keeps the dialogue inside a 1024 by 768 screen; wider columns scroll. */
	private static final int TABLE_WIDTH = 760;

	private final String criterionCode;
	private final Evaluation evaluation;
	private final Collection<Evaluation> workspaceEvaluations;
	private final Collection<EvidenceItem> linked;
	private TableViewer table;
	private Text filter;
	private Button wholeWorkspace;
	private List<EvidenceItem> selected = List.of();

	public LinkEvidenceDialog(Shell parentShell, String criterionCode, Evaluation evaluation,
			Collection<Evaluation> workspaceEvaluations, Collection<EvidenceItem> linked) {
		super(parentShell);
		this.criterionCode = criterionCode;
		this.evaluation = evaluation;
		this.workspaceEvaluations = workspaceEvaluations;
		this.linked = linked;
	}

	/** Returns the items chosen, after OK; an empty list after Cancel. */
	public List<EvidenceItem> selected() {
		return selected;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LinkEvidence_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.LinkEvidence_title);
		setMessage(NLS.bind(Messages.LinkEvidence_message, criterionCode));

		Composite content = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(content);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);

		Label filterLabel = new Label(content, SWT.NONE);
		filterLabel.setText(Messages.LinkEvidence_filterCaption);
		filter = new Text(content, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.LinkEvidence_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		EditorWidgets.name(filter, Messages.LinkEvidence_filterName);

		wholeWorkspace = new Button(content, SWT.CHECK);
		wholeWorkspace.setText(Messages.LinkEvidence_wholeWorkspace);
		EditorWidgets.name(wholeWorkspace, Messages.LinkEvidence_wholeWorkspaceName);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(wholeWorkspace);

		table = new TableViewer(content, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		EditorWidgets.name(table.getTable(), Messages.LinkEvidence_tableName);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1)
				.hint(TABLE_WIDTH, TABLE_HEIGHT_ROWS * table.getTable().getItemHeight()).applyTo(table.getTable());
		column(Messages.LinkEvidence_columnTitle, 220, item -> SipqmLabels.text(item));
		column(Messages.LinkEvidence_columnKind, 100, item -> EvidenceText.kind(item.getKind()));
		column(Messages.LinkEvidence_columnDate, 135, item -> EvidenceText.date(item.getDate()));
		column(Messages.LinkEvidence_columnImpact, 190, item -> SipqmLabels.impact(item.getImpact()));
		column(Messages.LinkEvidence_columnRestricted, 160,
				item -> item.isConcernsIndividual() ? Messages.LinkEvidence_restricted : ""); //$NON-NLS-1$
		column(Messages.LinkEvidence_columnEvaluation, 260, item -> item.eContainer() instanceof Evaluation owner
				? SipqmLabels.evaluation(owner) : ""); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addFilter(new WordFilter());
		table.setInput(candidates());

		filter.addModifyListener(event -> table.refresh());
		wholeWorkspace.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
			table.setInput(candidates());
			updateOk();
		}));
		table.addSelectionChangedListener(event -> updateOk());
		table.addDoubleClickListener(event -> {
			if (!table.getStructuredSelection().isEmpty()) {
				okPressed();
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.LinkEvidence_link);
		updateOk();
		filter.setFocus();
	}

	private void column(String title, int width, Function<EvidenceItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EvidenceItem) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((EvidenceItem) element).isConcernsIndividual() ? EvidenceText.restrictedColour() : null;
			}
		});
	}

	private List<EvidenceItem> candidates() {
		List<EvidenceItem> items = new ArrayList<>();
		addUnlinked(items, evaluation);
		if (wholeWorkspace != null && wholeWorkspace.getSelection()) {
			for (Evaluation other : workspaceEvaluations) {
				if (other != evaluation) {
					addUnlinked(items, other);
				}
			}
		}
		setMessage(items.isEmpty() ? Messages.LinkEvidence_none : NLS.bind(Messages.LinkEvidence_message, criterionCode));
		return items;
	}

	private void addUnlinked(List<EvidenceItem> items, Evaluation owner) {
		for (EvidenceItem item : owner.getEvidence()) {
			if (!linked.contains(item)) {
				items.add(item);
			}
		}
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!table.getStructuredSelection().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		selected = table.getStructuredSelection().stream().map(EvidenceItem.class::cast).toList();
		super.okPressed();
	}

	/** Keeps the items that contain every word of the filter in their title, kind, source, description or evaluation. */
	private final class WordFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parentElement, Object element) {
			String words = filter.getText().strip().toLowerCase(Locale.UK);
			if (words.isEmpty()) {
				return true;
			}
			EvidenceItem item = (EvidenceItem) element;
			String haystack = String.join(" ", orEmpty(item.getTitle()), EvidenceText.kind(item.getKind()), //$NON-NLS-1$
					orEmpty(item.getSource()), orEmpty(item.getDescription()),
					item.eContainer() instanceof Evaluation owner ? SipqmLabels.evaluation(owner) : "") //$NON-NLS-1$
					.toLowerCase(Locale.UK);
			for (String word : words.split("\\s+")) { //$NON-NLS-1$
				if (!haystack.contains(word)) {
					return false;
				}
			}
			return true;
		}

		private static String orEmpty(String text) {
			return text == null ? "" : text; //$NON-NLS-1$
		}
	}
}
