package org.sipqm.ui.internal.navigator;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.sipqm.core.store.Workspace;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.StartupTrace;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceLoadFailure;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The navigator: the regions, local authorities, schools and evaluations of the open workspace
 * as a tree. Double-click or Enter on an evaluation opens it in the editor area, and the context
 * menu offers New Evaluation… for the element selected. While no workspace is open the part shows
 * a message instead of the tree.
 */
public class NavigatorPart {

	/** Whether the start-up trace has logged the first workspace shown, once per JVM. */
	private static final AtomicBoolean STARTUP_TRACED = new AtomicBoolean();

	@Inject
	private EPartService partService;

	/** Receives the navigator's selection, so that commands such as Export see what is selected. */
	@Inject
	@Optional
	private ESelectionService selectionService;

	@Inject
	@Optional
	private EMenuService menuService;

	/** Id of the navigator's context menu in Application.e4xmi. */
	public static final String CONTEXT_MENU_ID = "org.sipqm.ui.popupmenu.navigator"; //$NON-NLS-1$

	private NavigatorContentProvider contentProvider;
	private Composite pages;
	private StackLayout pageLayout;
	private Label message;
	private TreeViewer viewer;
	private Workspace workspace;

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		pages = new Composite(parent, SWT.NONE);
		pageLayout = new StackLayout();
		pages.setLayout(pageLayout);

		Composite messagePage = new Composite(pages, SWT.NONE);
		FillLayout messageLayout = new FillLayout();
		messageLayout.marginWidth = 8;
		messageLayout.marginHeight = 8;
		messagePage.setLayout(messageLayout);
		message = new Label(messagePage, SWT.WRAP);
		message.setText(Messages.Navigator_noWorkspace);

		viewer = createViewer(pages);
		pageLayout.topControl = messagePage;

		workspaceService.current().ifPresent(this::show);
	}

	@Focus
	public void setFocus() {
		if (pageLayout.topControl == viewer.getControl()) {
			viewer.getControl().setFocus();
		} else {
			pages.setFocus();
		}
	}

	/** Returns the tree viewer, for the tests and for parts that select in the navigator. */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Inject
	@Optional
	void workspaceLoading(@UIEventTopic(WorkspaceEvents.LOADING) Path folder) {
		if (workspace == null) {
			showMessage(NLS.bind(Messages.Navigator_loading, folder));
		}
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace loaded) {
		show(loaded);
	}

	/** Shows and selects an evaluation that was added to the workspace shown. */
	@Inject
	@Optional
	void evaluationCreated(@UIEventTopic(WorkspaceEvents.EVALUATION_CREATED) Evaluation created) {
		if (pages.isDisposed() || workspace == null || !workspace.evaluations().contains(created)) {
			return;
		}
		contentProvider.reindex(workspace);
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(created), true);
	}

	@Inject
	@Optional
	void workspaceFailed(@UIEventTopic(WorkspaceEvents.FAILED) WorkspaceLoadFailure failure) {
		if (workspace == null) {
			showMessage(NLS.bind(Messages.Navigator_notOpened, failure.folder()));
		}
	}

	private TreeViewer createViewer(Composite parent) {
		TreeViewer treeViewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		contentProvider = new NavigatorContentProvider();
		treeViewer.setContentProvider(contentProvider);
		treeViewer.setLabelProvider(new NavigatorLabelProvider(contentProvider));
		treeViewer.setUseHashlookup(true);
		treeViewer.addOpenListener(this::open);
		treeViewer.addSelectionChangedListener(event -> {
			if (selectionService != null) {
				selectionService.setSelection(event.getStructuredSelection());
			}
		});

		Tree tree = treeViewer.getTree();
		tree.setToolTipText(Messages.Navigator_treeHint);
		if (menuService != null) {
			menuService.registerContextMenu(tree, CONTEXT_MENU_ID);
		}
		tree.addListener(SWT.MouseHover, event -> showFullLabel(tree, event));
		tree.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.Navigator_treeName;
			}
		});
		return treeViewer;
	}

	/**
	 * Shows the full label of the item under the pointer as the tooltip, since a narrow navigator
	 * cuts long labels off, and the hint on how to open an evaluation elsewhere.
	 */
	private static void showFullLabel(Tree tree, Event event) {
		TreeItem item = tree.getItem(new Point(event.x, event.y));
		tree.setToolTipText(item == null ? Messages.Navigator_treeHint : item.getText());
	}

	private void show(Workspace loaded) {
		if (pages.isDisposed() || loaded == workspace) {
			return;
		}
		workspace = loaded;
		viewer.setInput(loaded);
		viewer.expandToLevel(2);
		pageLayout.topControl = viewer.getControl();
		pages.layout();

		if (!STARTUP_TRACED.getAndSet(true)) {
			viewer.getTree().update();
			StartupTrace.log(NLS.bind("Navigator shows the workspace {0} ({1} evaluations)", //$NON-NLS-1$
					loaded.root().getFileName(), loaded.evaluations().size()));
		}
	}

	private void showMessage(String text) {
		message.setText(text);
		pageLayout.topControl = message.getParent();
		pages.layout();
	}

	/** Opens an evaluation in the editor area, or expands or collapses a folder of the tree. */
	private void open(OpenEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (element instanceof Evaluation evaluation) {
			EvaluationEditors.open(partService, workspace, evaluation);
		} else if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}
}
