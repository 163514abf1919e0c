package org.sipqm.compare.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.compare.FrameworkFiles;
import org.sipqm.compare.FrameworkProblem;
import org.sipqm.compare.LocalFrameworkChecks;
import org.sipqm.compare.LocalFrameworkElements;
import org.sipqm.model.edit.SipqmItemProviderAdapterFactory;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage.Literals;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditorWidgets;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The local framework editor: a tree of the framework's schedules, sections and criteria on the left
 * and a form with the details of the selected element on the right, with the problems that
 * {@link LocalFrameworkChecks} finds listed below it and beside the fields at fault. Every change is
 * a command on the editor's own command stack, so Edit &gt; Undo and Redo act on it; Save writes the
 * framework file atomically.
 * <p>
 * The framework is loaded from the file that the part's persisted state names into the editor's own
 * resource set, so closing the editor without saving leaves nothing changed in memory elsewhere.
 */
public class LocalFrameworkEditorPart implements IEditingDomainProvider {

	/** Id of the part descriptor in fragment.e4xmi. */
	public static final String DESCRIPTOR_ID = "org.sipqm.compare.ui.partdescriptor.localFrameworkEditor"; //$NON-NLS-1$

	/** Key of the part's persisted state that stores the absolute path of the framework file. */
	public static final String FILE_KEY = "org.sipqm.compare.ui.localFramework.file"; //$NON-NLS-1$

	private MPart part;
	private Composite parent;
	private Path file;
	private Framework framework;
	private SipqmItemProviderAdapterFactory adapterFactory;
	private BasicCommandStack commandStack;
	private AdapterFactoryEditingDomain domain;
	private final CommandStackListener stackListener = event -> commandStackChanged();
	/** Set while the detail form changes, when its pending typing may execute a command on the element left. */
	private boolean changingSelection;

	private FormToolkit toolkit;
	private TreeViewer tree;
	private ScrolledForm form;
	private Composite detailClient;
	private DetailForm detail;
	private Table problemTable;
	private List<FrameworkProblem> problems = List.of();
	private Button addSchedule;
	private Button addSection;
	private Button addCriterion;
	private Button remove;
	private Button moveUp;
	private Button moveDown;

	@Inject
	@Optional
	private IEventBroker eventBroker;

	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		this.parent = parent;
		this.part = part;
		toolkit = new FormToolkit(parent.getDisplay());
		String path = part.getPersistedState().get(FILE_KEY);
		try {
			if (path == null) {
				throw new IOException(Messages.Editor_noFile);
			}
			file = Path.of(path);
			framework = FrameworkFiles.read(file);
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).warn("Local framework editor could not open " + path + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			Label label = toolkit.createLabel(parent, NLS.bind(Messages.Editor_openFailed, path, e.getMessage()), SWT.WRAP);
			label.setFocus();
			return;
		}

		adapterFactory = new SipqmItemProviderAdapterFactory();
		commandStack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		domain.getResourceSet().getResources().add(framework.eResource());
		commandStack.addCommandStackListener(stackListener);
		part.setLabel(NLS.bind(Messages.Editor_partTitle, framework.getName()));
		part.setTooltip(file.toString());

		Realm.runWithDefault(DisplayRealm.getRealm(parent.getDisplay()), this::createContents);
		part.setDirty(false);
	}

	private void createContents() {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		createTreeSide(sash);
		form = EditorWidgets.form(toolkit, sash, Messages.Editor_formTitle);
		detailClient = EditorWidgets.section(toolkit, form.getBody(), Messages.Editor_details, 2);
		Composite problemsClient = EditorWidgets.section(toolkit, form.getBody(), Messages.Editor_problems, 1);
		problemTable = toolkit.createTable(problemsClient, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, 120).applyTo(problemTable);
		EditorWidgets.name(problemTable, Messages.Editor_problems);
		problemTable.addListener(SWT.DefaultSelection, event -> revealProblem());
		sash.setWeights(42, 58);

		tree.setInput(List.of(framework));
		tree.expandToLevel(3);
		select(framework);
		updateProblems();
	}

	private void createTreeSide(Composite sash) {
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(side);
		Label title = new Label(side, SWT.NONE);
		title.setText(Messages.Editor_elements);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
		tree = new TreeViewer(side, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new FrameworkTreeContent.Content());
		tree.setLabelProvider(new FrameworkTreeContent.Labels());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(150, 200).applyTo(tree.getControl());
		EditorWidgets.name(tree.getControl(), Messages.Editor_elements);
		tree.addSelectionChangedListener(event -> selectionChanged());
		tree.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				removeSelected();
			} else if (event.stateMask == SWT.ALT && event.keyCode == SWT.ARROW_UP) {
				moveSelected(-1);
				event.doit = false;
			} else if (event.stateMask == SWT.ALT && event.keyCode == SWT.ARROW_DOWN) {
				moveSelected(1);
				event.doit = false;
			}
		});

		addSchedule = button(side, Messages.Editor_addSchedule, this::addSchedule);
		addSection = button(side, Messages.Editor_addSection, this::addSection);
		addCriterion = button(side, Messages.Editor_addCriterion, this::addCriterion);
		remove = button(side, Messages.Editor_remove, this::removeSelected);
		moveUp = button(side, Messages.Editor_moveUp, () -> moveSelected(-1));
		moveDown = button(side, Messages.Editor_moveDown, () -> moveSelected(1));
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}


	/** Adds a schedule numbered after the last one, as the Add Schedule button does, and selects it. */
	public void addSchedule() {
		Schedule schedule = LocalFrameworkElements.newSchedule(framework);
		execute(AddCommand.create(domain, framework, Literals.FRAMEWORK__SCHEDULES, schedule));
	}

	/** Adds a section to the selected schedule, or after the selected section, and selects it. */
	public void addSection() {
		EObject selected = selected();
		Schedule schedule = scheduleOf(selected);
		if (schedule == null) {
			return;
		}
		Section section = LocalFrameworkElements.newSection(schedule);
		if (selected instanceof Section sibling && sibling.eContainer() == schedule) {
			execute(AddCommand.create(domain, schedule, Literals.SCHEDULE__SECTIONS, section,
					schedule.getSections().indexOf(sibling) + 1));
		} else {
			execute(AddCommand.create(domain, schedule, Literals.SCHEDULE__SECTIONS, section));
		}
	}

	/** Adds a criterion to the selected section, or after the selected criterion, and selects it. */
	public void addCriterion() {
		EObject selected = selected();
		if (selected instanceof Criterion sibling && sibling.eContainer() instanceof Section section) {
			Criterion criterion = LocalFrameworkElements.newCriterion(section);
			execute(AddCommand.create(domain, section, Literals.SECTION__CRITERIA, criterion,
					section.getCriteria().indexOf(sibling) + 1));
		} else if (selected instanceof Section section) {
			execute(AddCommand.create(domain, section, Literals.SECTION__CRITERIA,
					LocalFrameworkElements.newCriterion(section)));
		}
	}

	/** Removes the selected schedule, section or criterion with all it contains. */
	public void removeSelected() {
		EObject selected = selected();
		if (selected != null && selected != framework) {
			EObject container = selected.eContainer();
			if (execute(RemoveCommand.create(domain, selected))) {
				select(container);
			}
		}
	}

	/** Moves the selected element up (-1) or down (+1) among its siblings of the same kind. */
	public void moveSelected(int offset) {
		EObject selected = selected();
		if (selected == null || selected == framework) {
			return;
		}
		EStructuralFeature feature = selected.eContainingFeature();
		List<?> siblings = (List<?>) selected.eContainer().eGet(feature);
		int target = siblings.indexOf(selected) + offset;
		if (target >= 0 && target < siblings.size()) {
			execute(MoveCommand.create(domain, selected.eContainer(), feature, selected, target));
			select(selected);
		}
	}

	private boolean execute(Command command) {
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	private static Schedule scheduleOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Schedule schedule) {
				return schedule;
			}
		}
		return null;
	}


	private void commandStackChanged() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		part.setDirty(commandStack.isSaveNeeded());
		tree.refresh(true);
		if (detail != null) {
			detail.modelChanged();
		}
		EObject selected = selected();
		EObject target = treeElement(affectedObject());
		if (!changingSelection && target != null && target != selected && EcoreUtil.isAncestor(framework, target)) {
			select(target);
		} else if (selected == null || !EcoreUtil.isAncestor(framework, selected)) {
			select(framework);
		} else {
			updateButtons();
		}
		updateProblems();
		if (eventBroker != null) {
			// Tool items evaluate their handler's @CanExecute again only when asked to.
			eventBroker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	/** Returns the first object that the command executed, undone or redone last reports as affected. */
	private EObject affectedObject() {
		Command command = commandStack.getMostRecentCommand();
		Collection<?> affected = command == null ? List.of() : command.getAffectedObjects();
		return affected.stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst().orElse(null);
	}

	/** Returns the element itself or its nearest container that the tree shows, such as the criterion of a descriptor. */
	private static EObject treeElement(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Framework || current instanceof Schedule || current instanceof Section
					|| current instanceof Criterion) {
				return current;
			}
		}
		return null;
	}

	private void selectionChanged() {
		EObject selected = selected();
		if (detail != null && detail.element() == selected) {
			return;
		}
		if (detail != null) {
			changingSelection = true;
			try {
				detail.dispose();
			} finally {
				changingSelection = false;
			}
		}
		for (var child : detailClient.getChildren()) {
			child.dispose();
		}
		detail = null;
		if (selected != null) {
			// The model observables take the default realm, which a bare test shell does not set.
			Realm realm = DisplayRealm.getRealm(parent.getDisplay());
			Realm.runWithDefault(realm, () -> detail = new DetailForm(toolkit, detailClient, domain,
					new DataBindingContext(realm), selected));
			detail.showProblems(problems);
		}
		updateButtons();
		form.reflow(true);
	}

	private void updateButtons() {
		EObject selected = selected();
		boolean element = selected != null && selected != framework;
		addSection.setEnabled(scheduleOf(selected) != null);
		addCriterion.setEnabled(selected instanceof Section || selected instanceof Criterion);
		remove.setEnabled(element);
		List<?> siblings = element ? (List<?>) selected.eContainer().eGet(selected.eContainingFeature()) : List.of();
		int index = element ? siblings.indexOf(selected) : -1;
		moveUp.setEnabled(element && index > 0);
		moveDown.setEnabled(element && index >= 0 && index < siblings.size() - 1);
		addSchedule.setEnabled(true);
	}

	private void updateProblems() {
		problems = LocalFrameworkChecks.check(framework);
		problemTable.removeAll();
		if (problems.isEmpty()) {
			new TableItem(problemTable, SWT.NONE).setText(Messages.Editor_noProblems);
		}
		for (FrameworkProblem problem : problems) {
			TableItem item = new TableItem(problemTable, SWT.NONE);
			item.setText(problem.message());
			item.setData(problem);
		}
		if (detail != null) {
			detail.showProblems(problems);
		}
		form.reflow(true);
	}

	private void revealProblem() {
		TableItem[] selection = problemTable.getSelection();
		if (selection.length == 1 && selection[0].getData() instanceof FrameworkProblem problem) {
			select(problem.element());
			detail.focus(problem.feature(), problem.column());
		}
	}

	/** Selects the element in the tree, revealing it, and shows its details. */
	public void select(EObject element) {
		tree.setSelection(new StructuredSelection(element), true);
		selectionChanged();
	}

	private EObject selected() {
		if (tree == null) {
			return null;
		}
		Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return first instanceof EObject object ? object : null;
	}


	/**
	 * Writes the framework to its file atomically, sending pending typing to the model first, and
	 * marks the command stack as saved.
	 *
	 * @throws IllegalStateException when writing fails, so that the workbench keeps the part open and
	 *                               dirty and the save handler shows the failure
	 */
	@Persist
	public void save() {
		if (framework == null) {
			return;
		}
		if (detail != null) {
			detail.flushPendingTyping();
		}
		try {
			FrameworkFiles.write(framework, file);
		} catch (IOException e) {
			throw new IllegalStateException(NLS.bind(Messages.Editor_saveFailed, file, e.getMessage()), e);
		}
		commandStack.saveIsDone();
		part.setDirty(false);
		part.setLabel(NLS.bind(Messages.Editor_partTitle, framework.getName()));
		if (eventBroker != null) {
			eventBroker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	@Focus
	public void setFocus() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.getControl().setFocus();
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** Returns the framework being edited, or null when its file could not be opened. */
	public Framework framework() {
		return framework;
	}

	public Path file() {
		return file;
	}

	public TreeViewer tree() {
		return tree;
	}

	/** Returns the detail form of the selected element. */
	public DetailForm detail() {
		return detail;
	}

	public List<FrameworkProblem> problems() {
		return problems;
	}

	public Table problemTable() {
		return problemTable;
	}

	public Button addCriterionButton() {
		return addCriterion;
	}

	@PreDestroy
	public void dispose() {
		if (detail != null) {
			detail.dispose();
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(stackListener);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
	}
}
