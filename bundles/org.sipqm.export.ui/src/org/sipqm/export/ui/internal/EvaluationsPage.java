package org.sipqm.export.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Term;

/** The first page: the evaluations to export, from the navigator's selection or by filter. */
public final class EvaluationsPage extends WizardPage {

	private final ExportChoices choices;
	private final List<LocalAuthority> authorities = new ArrayList<>();
	private final List<String> years = new ArrayList<>();

	private Button fromSelection;
	private Button byFilter;
	private Combo authorityCombo;
	private Combo yearCombo;
	private Combo termCombo;
	private Combo scheduleCombo;
	private Label count;

	EvaluationsPage(ExportChoices choices) {
		super("evaluations"); //$NON-NLS-1$
		this.choices = choices;
		setTitle(Messages.EvaluationsPage_title);
		setDescription(Messages.EvaluationsPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		fromSelection = new Button(page, SWT.RADIO);
		fromSelection.setText(NLS.bind(Messages.EvaluationsPage_fromSelection, choices.selected().size()));
		fromSelection.setEnabled(!choices.selected().isEmpty());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(fromSelection);
		byFilter = new Button(page, SWT.RADIO);
		byFilter.setText(Messages.EvaluationsPage_byFilter);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(byFilter);

		authorityCombo = combo(page, Messages.EvaluationsPage_authority, authorityItems());
		yearCombo = combo(page, Messages.EvaluationsPage_year, yearItems());
		termCombo = combo(page, Messages.EvaluationsPage_term, termItems());
		scheduleCombo = combo(page, Messages.EvaluationsPage_schedule, scheduleItems());

		count = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 12).applyTo(count);

		fromSelection.setSelection(choices.useSelection());
		byFilter.setSelection(!choices.useSelection());
		fromSelection.addListener(SWT.Selection, event -> update());
		byFilter.addListener(SWT.Selection, event -> update());
		update();
		setControl(page);
	}

	/** Chooses evaluations by filter and sets the combos to its parts, for tests and callers that preselect. */
	public void chooseByFilter(EvaluationFilter filter) {
		fromSelection.setSelection(false);
		byFilter.setSelection(true);
		select(authorityCombo, authorities.stream().map(LocalAuthority::getId).toList(), filter.localAuthority());
		select(yearCombo, years, filter.academicYear());
		select(termCombo, Term.VALUES.stream().map(Term::getLiteral).toList(),
				filter.term() == null ? null : filter.term().getLiteral());
		select(scheduleCombo, List.of("1", "2", "3", "4"), filter.schedule() == null ? null : filter.schedule().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		update();
	}

	private Combo combo(Composite page, String label, List<String> items) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		combo.addListener(SWT.Selection, event -> update());
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(combo);
		return combo;
	}

	private void update() {
		choices.setUseSelection(fromSelection.getSelection());
		boolean filtering = !choices.useSelection();
		for (Combo combo : List.of(authorityCombo, yearCombo, termCombo, scheduleCombo)) {
			combo.setEnabled(filtering);
		}
		choices.setFilter(filter());

		List<Evaluation> evaluations = choices.evaluations();
		count.setText(NLS.bind(Messages.EvaluationsPage_count, evaluations.size()));
		setErrorMessage(evaluations.isEmpty() ? Messages.EvaluationsPage_none : null);
		setPageComplete(!evaluations.isEmpty());
	}

	private EvaluationFilter filter() {
		int authority = authorityCombo.getSelectionIndex();
		int year = yearCombo.getSelectionIndex();
		int term = termCombo.getSelectionIndex();
		int schedule = scheduleCombo.getSelectionIndex();
		return new EvaluationFilter(authority <= 0 ? null : authorities.get(authority - 1).getId(),
				year <= 0 ? null : years.get(year - 1), term <= 0 ? null : Term.VALUES.get(term - 1),
				schedule <= 0 ? null : schedule);
	}

	private List<String> authorityItems() {
		choices.workspace().organisation().ifPresent(organisation -> organisation.getRegions()
				.forEach(region -> authorities.addAll(region.getLocalAuthorities())));
		authorities.sort(Comparator.comparing(authority -> String.valueOf(authority.getName())));
		List<String> items = new ArrayList<>(List.of(Messages.EvaluationsPage_all));
		authorities.forEach(authority -> items.add(SipqmLabels.text(authority)));
		return items;
	}

	private List<String> yearItems() {
		TreeSet<String> found = new TreeSet<>();
		choices.workspace().evaluations().forEach(evaluation -> {
			if (evaluation.getAcademicYear() != null) {
				found.add(evaluation.getAcademicYear());
			}
		});
		years.addAll(found);
		List<String> items = new ArrayList<>(List.of(Messages.EvaluationsPage_all));
		items.addAll(years);
		return items;
	}

	private static List<String> termItems() {
		List<String> items = new ArrayList<>(List.of(Messages.EvaluationsPage_all));
		Term.VALUES.forEach(term -> items.add(SipqmLabels.term(term)));
		return items;
	}

	private static List<String> scheduleItems() {
		List<String> items = new ArrayList<>(List.of(Messages.EvaluationsPage_all));
		for (int schedule = 1; schedule <= 4; schedule++) {
			items.add(NLS.bind(Messages.EvaluationsPage_scheduleItem, schedule));
		}
		return items;
	}

	private static void select(Combo combo, List<String> values, String value) {
		int index = value == null ? -1 : values.indexOf(value);
		combo.select(index + 1);
	}
}
