package org.sipqm.compare.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.sipqm.compare.ComparisonStore;
import org.sipqm.compare.CoverageCalculator;
import org.sipqm.compare.CoverageReport;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.CrosswalkFiles;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.SuggestionRanker;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.compare.layout.LocalFrameworkImport;
import org.sipqm.compare.layout.LocalFrameworkReader;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Mapping;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;

import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The crosswalk editor: a local framework and the national framework side by side, with local
 * criteria not yet mapped and national criteria not yet covered highlighted, and suggestions by
 * wording that the user accepts or rejects one by one. Nothing is mapped until the user accepts.
 * <p>
 * With a workspace open, an imported framework is saved in it once the user accepts the import, and
 * the crosswalk is saved after every accepted or rejected suggestion (see {@link ComparisonStore}), so
 * that both are offered again the next time the workspace opens.
 */
public class CrosswalkPart {

	private static final RGB HIGHLIGHT = new RGB(255, 236, 179);
	private static final int SUGGESTIONS_PER_CRITERION = 3;
	/** The relationships a suggestion can be accepted with: all but no counterpart, since it names a national criterion. */
	private static final List<Relationship> RELATIONSHIPS = List.of(Relationship.EQUIVALENT, Relationship.LOCAL_NARROWER,
			Relationship.LOCAL_BROADER, Relationship.OVERLAPS);

	private Label status;
	private Table localTable;
	private Table nationalTable;
	private Table suggestionTable;
	private Combo relationshipChoice;
	private Combo strengthChoice;

	private final CriterionIndex national = new CriterionIndex(FrameworkRegistry.getDefault().national());
	private CriterionIndex local;
	private Crosswalk crosswalk;
	private List<Suggestion> suggestions = List.of();
	private Combo savedChoice;
	private List<Framework> savedFrameworks = List.of();
	private ComparisonStore.Saved saved;
	private Path workspaceFolder;

	@PostConstruct
	public void createControls(Composite parent, @Optional WorkspaceService workspaceService) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));

		Composite actions = new Composite(page, SWT.NONE);
		actions.setLayout(new GridLayout(4, false));
		Composite savedRow = new Composite(actions, SWT.NONE);
		savedRow.setLayout(new GridLayout(2, false));
		savedRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		new Label(savedRow, SWT.NONE).setText(Messages.Crosswalk_savedFramework);
		savedChoice = new Combo(savedRow, SWT.READ_ONLY);
		GridData savedData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		savedData.widthHint = 200;
		savedChoice.setLayoutData(savedData);
		savedChoice.addListener(SWT.Selection, event -> showSelectedSaved());
		button(actions, Messages.Crosswalk_importLocal, this::importLocal);
		button(actions, Messages.Crosswalk_openCrosswalk, this::openCrosswalk);
		button(actions, Messages.Crosswalk_saveCrosswalk, this::saveCrosswalk);
		button(actions, Messages.Crosswalk_exportCoverage, () -> CoverageReportExport.chooseAndExport(status.getShell(), coverage()));
		status = new Label(page, SWT.WRAP);
		status.setText(Messages.Crosswalk_noLocal);
		GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
		statusData.widthHint = 200;
		status.setLayoutData(statusData);

		SashForm sides = new SashForm(page, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		localTable = criteriaTable(sides, Messages.Crosswalk_localCriteria);
		nationalTable = criteriaTable(sides, Messages.Crosswalk_nationalCriteria);

		Label suggestionsTitle = new Label(page, SWT.WRAP);
		suggestionsTitle.setText(Messages.Crosswalk_suggestions);
		GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false);
		titleData.widthHint = 200;
		suggestionsTitle.setLayoutData(titleData);
		suggestionTable = table(page, Messages.Crosswalk_localCriteria, Messages.Crosswalk_nationalCriteria,
				Messages.Crosswalk_similarity, Messages.Crosswalk_statement);
		GridData suggestionData = new GridData(SWT.FILL, SWT.FILL, true, false);
		suggestionData.heightHint = 160;
		suggestionTable.setLayoutData(suggestionData);
		createDecisionRow(page);
		if (workspaceService != null) {
			workspaceService.current().ifPresent(workspace -> setWorkspaceFolder(workspace.root()));
		}
	}

	@Inject
	@Optional
	public void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace workspace) {
		if (status != null && !status.isDisposed()) {
			setWorkspaceFolder(workspace.root());
		}
	}

	/** Uses the workspace folder to save and load local frameworks and crosswalks, and lists those saved. */
	public void setWorkspaceFolder(Path folder) {
		workspaceFolder = folder;
		try {
			saved = ComparisonStore.load(folder);
		} catch (IOException e) {
			saved = null;
			reportFailure(folder, e);
		}
		savedFrameworks = saved == null ? List.of() : saved.frameworks();
		savedChoice.removeAll();
		savedFrameworks.forEach(framework -> savedChoice.add(NLS.bind(Messages.Crosswalk_savedItem,
				framework.getName(), framework.getEdition())));
		savedChoice.setEnabled(!savedFrameworks.isEmpty());
		if (saved != null && !saved.problems().isEmpty()) {
			String files = saved.problems().stream()
					.map(problem -> WorkspaceLayout.toPortableString(problem.file()) + ": " + problem.message()) //$NON-NLS-1$
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
			ILog.of(getClass()).warn("Saved comparison files of " + folder + " could not be read:\n" + files); //$NON-NLS-1$ //$NON-NLS-2$
			status.setText(NLS.bind(Messages.Crosswalk_savedProblems, saved.problems().size(), files));
		}
		status.getParent().layout(true, true);
	}

	/** Shows a framework saved in the workspace with its saved crosswalk, or a new crosswalk when it has none. */
	public void showSaved(Framework framework) {
		setLocalFramework(framework);
		if (saved != null) {
			saved.crosswalkOf(framework).ifPresent(this::setCrosswalk);
		}
		int index = savedFrameworks.indexOf(framework);
		if (index >= 0) {
			savedChoice.select(index);
		}
	}

	private void showSelectedSaved() {
		int index = savedChoice.getSelectionIndex();
		if (index >= 0) {
			showSaved(savedFrameworks.get(index));
		}
	}

	/** Returns the frameworks saved in the workspace, as the saved framework list offers them. */
	public List<Framework> savedFrameworks() {
		return savedFrameworks;
	}

	/**
	 * Keeps an imported framework that the user accepted: saves it in the workspace, when one is open,
	 * and shows it with a new crosswalk.
	 *
	 * @throws IOException when saving fails; nothing is shown then
	 */
	public void keepImported(Framework framework) throws IOException {
		if (workspaceFolder != null) {
			ComparisonStore.saveFramework(workspaceFolder, framework);
			setWorkspaceFolder(workspaceFolder);
			savedFrameworks.stream().filter(candidate -> ComparisonStore.editionKey(candidate)
					.equals(ComparisonStore.editionKey(framework))).findFirst().ifPresentOrElse(this::showSaved,
							() -> setLocalFramework(framework));
		} else {
			setLocalFramework(framework);
		}
	}

	private void createDecisionRow(Composite page) {
		Composite decision = new Composite(page, SWT.NONE);
		decision.setLayout(new GridLayout(6, false));
		new Label(decision, SWT.NONE).setText(Messages.Crosswalk_relationship);
		relationshipChoice = new Combo(decision, SWT.READ_ONLY);
		RELATIONSHIPS.forEach(relationship -> relationshipChoice.add(label(relationship)));
		relationshipChoice.select(0);
		new Label(decision, SWT.NONE).setText(Messages.Crosswalk_strength);
		strengthChoice = new Combo(decision, SWT.READ_ONLY);
		Strength.VALUES.forEach(strength -> strengthChoice.add(label(strength)));
		strengthChoice.select(Strength.MODERATE.getValue());
		button(decision, Messages.Crosswalk_accept, this::acceptSelected);
		button(decision, Messages.Crosswalk_reject, this::rejectSelected);
	}

	/** Shows a local framework with a new, empty crosswalk to the national framework. */
	public void setLocalFramework(Framework framework) {
		local = new CriterionIndex(framework);
		crosswalk = CrosswalkEditing.create(local, national);
		refresh();
	}

	/** Replaces the crosswalk of the local framework shown. */
	public void setCrosswalk(Crosswalk opened) {
		crosswalk = opened;
		refresh();
	}

	/** Accepts a suggestion with the relationship and strength chosen, as the Accept button does. */
	public Mapping accept(Suggestion suggestion, Relationship relationship, Strength strength) {
		Mapping mapping = CrosswalkEditing.accept(crosswalk, suggestion, relationship, strength, null,
				System.getProperty("user.name"), LocalDate.now()); //$NON-NLS-1$
		saveInWorkspace();
		refresh();
		return mapping;
	}

	/**
	 * Rejects a suggestion: the crosswalk records the pair with the user and date, so that it is not
	 * offered again, and is saved in the workspace when one is open.
	 */
	public void reject(Suggestion suggestion) {
		CrosswalkEditing.reject(crosswalk, suggestion, System.getProperty("user.name"), LocalDate.now()); //$NON-NLS-1$
		saveInWorkspace();
		refresh();
	}

	/** Saves the crosswalk in the workspace; a failure is shown and the decision stays in memory. */
	private void saveInWorkspace() {
		if (workspaceFolder == null || crosswalk == null) {
			return;
		}
		try {
			ComparisonStore.saveCrosswalk(workspaceFolder, crosswalk);
		} catch (IOException | IllegalArgumentException e) {
			Path file = workspaceFolder.resolve(ComparisonStore.CROSSWALKS_FOLDER);
			ILog.of(getClass()).error("Saving the crosswalk in " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(status.getShell(), Messages.Crosswalk_fileFailed, file + ": " + e.getMessage()); //$NON-NLS-1$
		}
	}

	private void refresh() {
		if (local == null) {
			return;
		}
		suggestions = new SuggestionRanker(local, national, schedule -> true)
				.suggest(crosswalk, SUGGESTIONS_PER_CRITERION, SuggestionRanker.DEFAULT_MINIMUM_SIMILARITY);
		CoverageReport report = CoverageCalculator.compute(crosswalk, local, national);
		Set<String> mapped = crosswalk.getMappings().stream().map(Mapping::getLocalCriterion).collect(Collectors.toSet());
		Set<Criterion> uncovered = Set.copyOf(report.uncoveredNational());

		fillCriteria(localTable, local, criterion -> !mapped.contains(CriterionIndex.uriOf(criterion)),
				Messages.Crosswalk_unmapped, "");
		fillCriteria(nationalTable, national, uncovered::contains, Messages.Crosswalk_notCovered,
				Messages.Crosswalk_covered);
		fillSuggestions();
		status.setText(NLS.bind(Messages.Crosswalk_status, new Object[] { mapped.size(), local.uris().size(),
				report.coveredCount(), report.nationalCount(), suggestions.size() }));
		status.getParent().layout(true, true);
	}

	private static void fillCriteria(Table table, CriterionIndex index, java.util.function.Predicate<Criterion> highlighted,
			String highlightedText, String otherText) {
		table.setRedraw(false);
		table.removeAll();
		for (String uri : index.uris()) {
			Criterion criterion = index.find(uri).orElseThrow();
			TableItem item = new TableItem(table, SWT.NONE);
			boolean marked = highlighted.test(criterion);
			item.setText(new String[] { code(index, uri), criterion.getStatement(), marked ? highlightedText : otherText });
			item.setData(uri);
			if (marked) {
				item.setBackground(new Color(HIGHLIGHT));
			}
		}
		table.setRedraw(true);
	}

	private void fillSuggestions() {
		suggestionTable.removeAll();
		for (Suggestion suggestion : suggestions) {
			TableItem item = new TableItem(suggestionTable, SWT.NONE);
			String statement = national.find(suggestion.nationalCriterion()).map(Criterion::getStatement).orElse("");
			item.setText(new String[] { code(local, suggestion.localCriterion()), code(national, suggestion.nationalCriterion()),
					String.format(Locale.ROOT, "%.0f%%", suggestion.similarity() * 100), statement }); //$NON-NLS-1$
			item.setData(suggestion);
		}
	}

	private void acceptSelected() {
		Suggestion suggestion = selectedSuggestion();
		if (suggestion != null) {
			accept(suggestion, RELATIONSHIPS.get(relationshipChoice.getSelectionIndex()),
					Strength.get(strengthChoice.getSelectionIndex()));
		}
	}

	private void rejectSelected() {
		Suggestion suggestion = selectedSuggestion();
		if (suggestion != null) {
			reject(suggestion);
		}
	}

	private Suggestion selectedSuggestion() {
		TableItem[] selection = suggestionTable.getSelection();
		return selection.length == 0 ? null : (Suggestion) selection[0].getData();
	}

	private void importLocal() {
		Path file = chooseFile(SWT.OPEN, "*.csv;*.xlsx"); //$NON-NLS-1$
		if (file == null) {
			return;
		}
		String name = file.getFileName().toString();
		String id = name.replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (InputStream in = Files.newInputStream(file)) {
			LocalFrameworkImport result = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") //$NON-NLS-1$
					? LocalFrameworkReader.readXlsx(in, id, "1", name) //$NON-NLS-1$
					: LocalFrameworkReader.readCsv(in, id, "1", name); //$NON-NLS-1$
			confirmImport(name, result);
		} catch (IOException e) {
			reportFailure(file, e);
		}
	}

	private void confirmImport(String name, LocalFrameworkImport result) {
		String report = result.problems().stream().limit(20)
				.map(p -> NLS.bind(Messages.Crosswalk_problem, new Object[] { p.row(), p.column(), p.reason() }))
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
		String title = NLS.bind(Messages.Crosswalk_importTitle, name);
		if (!result.acceptable()) {
			MessageDialog.openError(status.getShell(), title,
					NLS.bind(Messages.Crosswalk_importRejected, result.blockingProblemCount(), report));
			return;
		}
		int criteria = result.preview().getSchedules().stream().mapToInt(s -> FrameworkRegistry.allCriteria(s).size()).sum();
		if (MessageDialog.openQuestion(status.getShell(), title, NLS.bind(Messages.Crosswalk_importQuestion,
				new Object[] { criteria, result.preview().getSchedules().size(), report }))) {
			try {
				keepImported(result.accept());
			} catch (IOException e) {
				reportFailure(workspaceFolder.resolve(ComparisonStore.FRAMEWORKS_FOLDER), e);
			}
		}
	}

	private void openCrosswalk() {
		Path file = chooseFile(SWT.OPEN, "*.crosswalk"); //$NON-NLS-1$
		if (file != null) {
			try {
				setCrosswalk(CrosswalkFiles.read(file));
			} catch (IOException e) {
				reportFailure(file, e);
			}
		}
	}

	private void saveCrosswalk() {
		Path file = crosswalk == null ? null : chooseFile(SWT.SAVE, "*.crosswalk"); //$NON-NLS-1$
		if (file != null) {
			try {
				CrosswalkFiles.write(crosswalk, file);
			} catch (IOException e) {
				reportFailure(file, e);
			}
		}
	}

	private Path chooseFile(int style, String extensions) {
		FileDialog dialog = new FileDialog(status.getShell(), style);
		dialog.setFilterExtensions(new String[] { extensions });
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private void reportFailure(Path file, IOException e) {
		ILog.of(getClass()).error("Crosswalk file " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		MessageDialog.openError(status.getShell(), Messages.Crosswalk_fileFailed, file + ": " + e.getMessage()); //$NON-NLS-1$
	}

	private static String label(Relationship relationship) {
		return switch (relationship) {
		case EQUIVALENT -> Messages.Relationship_equivalent;
		case LOCAL_NARROWER -> Messages.Relationship_localNarrower;
		case LOCAL_BROADER -> Messages.Relationship_localBroader;
		default -> Messages.Relationship_overlaps;
		};
	}

	private static String label(Strength strength) {
		return switch (strength) {
		case WEAK -> Messages.Strength_weak;
		case MODERATE -> Messages.Strength_moderate;
		case STRONG -> Messages.Strength_strong;
		};
	}

	/** Returns the code of a criterion with its schedule, because national schedules repeat codes such as 1.1.1. */
	private static String code(CriterionIndex index, String uri) {
		return index.find(uri)
				.map(criterion -> NLS.bind(Messages.Crosswalk_criterionCode, CriterionIndex.scheduleOf(criterion), criterion.getCode()))
				.orElse(uri);
	}

	private static Table criteriaTable(Composite parent, String title) {
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new GridLayout(1, false));
		new Label(box, SWT.NONE).setText(title);
		return table(box, Messages.Crosswalk_code, Messages.Crosswalk_statement, Messages.Crosswalk_mapping);
	}

	private static Table table(Composite parent, String... headers) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		int[] widths = headers.length == 4 ? new int[] { 130, 130, 90, 500 } : new int[] { 150, 250, 100 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	public Table localTable() {
		return localTable;
	}

	public Table nationalTable() {
		return nationalTable;
	}

	public Table suggestionTable() {
		return suggestionTable;
	}

	public List<Suggestion> suggestions() {
		return suggestions;
	}

	public Crosswalk crosswalk() {
		return crosswalk;
	}

	public String status() {
		return status.getText();
	}

	/** Returns the crosswalk shown with both frameworks, the subject of its coverage report, or null before a local framework is shown. */
	public CrosswalkCoverage coverage() {
		return local == null || crosswalk == null ? null : new CrosswalkCoverage(crosswalk, local, national);
	}
}
