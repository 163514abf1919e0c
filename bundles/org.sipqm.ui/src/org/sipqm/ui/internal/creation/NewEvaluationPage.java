package org.sipqm.ui.internal.creation;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.creation.EvaluationCreation;
import org.sipqm.core.creation.EvaluationRequest;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.Term;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The one page of the New Evaluation wizard: schedule, local authority, school (schedules 2 and 3),
 * academic year, term and author. It checks the choices with {@link EvaluationCreation} on every
 * change and allows Finish only when they can be created. Until the user first changes a field,
 * a problem shows as a plain message rather than an error.
 */
public final class NewEvaluationPage extends WizardPage {

	private static final Comparator<LocalAuthority> AUTHORITY_ORDER = Comparator.comparing(LocalAuthority::getName,
			Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
	private static final Comparator<School> SCHOOL_ORDER = Comparator.comparing(School::getName,
			Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
	private static final Comparator<Person> PERSON_ORDER = Comparator.comparing(Person::getName,
			Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

	private final Workspace workspace;
	private final EvaluationCreation creation;
	private final Object initialSelection;

	private ComboViewer scheduleViewer;
	private ComboViewer authorityViewer;
	private ComboViewer schoolViewer;
	private Text yearText;
	private ComboViewer termViewer;
	private Combo authorCombo;
	private List<Person> people = List.of();
	private boolean edited;

	NewEvaluationPage(Workspace workspace, EvaluationCreation creation, Object initialSelection) {
		super("newEvaluation"); //$NON-NLS-1$
		this.workspace = workspace;
		this.creation = creation;
		this.initialSelection = initialSelection;
		setTitle(Messages.NewEvaluation_pageTitle);
		setDescription(Messages.NewEvaluation_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		scheduleViewer = comboViewer(page, Messages.NewEvaluation_schedule);
		scheduleViewer.setLabelProvider(LabelProvider.createTextProvider(schedule -> scheduleLabel((Integer) schedule)));
		scheduleViewer.setInput(List.of(1, 2, 3, 4));

		authorityViewer = comboViewer(page, Messages.NewEvaluation_authority);
		authorityViewer.setLabelProvider(LabelProvider.createTextProvider(
				authority -> NLS.bind("{0} ({1})", ((LocalAuthority) authority).getName(), ((LocalAuthority) authority).getCode()))); //$NON-NLS-1$
		authorityViewer.setInput(authorities());

		schoolViewer = comboViewer(page, Messages.NewEvaluation_school);
		schoolViewer.setLabelProvider(LabelProvider.createTextProvider(school -> ((School) school).getName()));

		yearText = new Text(labelled(page, Messages.NewEvaluation_year), SWT.BORDER | SWT.SINGLE);
		named(yearText, Messages.NewEvaluation_year);
		yearText.setMessage(Messages.NewEvaluation_yearHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(yearText);

		termViewer = comboViewer(page, Messages.NewEvaluation_term);
		termViewer.setLabelProvider(LabelProvider.createTextProvider(term -> SipqmLabels.term((Term) term)));
		termViewer.setInput(Term.VALUES);

		authorCombo = new Combo(labelled(page, Messages.NewEvaluation_author), SWT.DROP_DOWN);
		named(authorCombo, Messages.NewEvaluation_author);
		authorCombo.setToolTipText(Messages.NewEvaluation_authorHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(authorCombo);

		fillInitialValues();

		scheduleViewer.addSelectionChangedListener(event -> {
			updateSchools();
			changed();
		});
		authorityViewer.addSelectionChangedListener(event -> {
			updateSchools();
			updatePeople();
			changed();
		});
		schoolViewer.addSelectionChangedListener(event -> changed());
		termViewer.addSelectionChangedListener(event -> changed());
		yearText.addModifyListener(event -> changed());
		authorCombo.addModifyListener(event -> changed());

		setControl(page);
		validate();
	}

	/** Adds the label of a field and returns the parent for the field itself. */
	private static Composite labelled(Composite page, String caption) {
		Label label = new Label(page, SWT.NONE);
		label.setText(caption);
		return page;
	}

	/** Gives the control the caption, without its mnemonic and colon, as the name screen readers announce. */
	private static Control named(Control control, String caption) {
		EditorWidgets.name(control, caption.replace("&", "").replaceAll(":$", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return control;
	}

	private ComboViewer comboViewer(Composite page, String caption) {
		ComboViewer viewer = new ComboViewer(labelled(page, caption), SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		named(viewer.getCombo(), caption);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(viewer.getControl());
		return viewer;
	}

	private static String scheduleLabel(int schedule) {
		return switch (schedule) {
		case 1 -> Messages.NewEvaluation_schedule1;
		case 2 -> Messages.NewEvaluation_schedule2;
		case 3 -> Messages.NewEvaluation_schedule3;
		default -> Messages.NewEvaluation_schedule4;
		};
	}

	private List<LocalAuthority> authorities() {
		List<LocalAuthority> authorities = new ArrayList<>();
		workspace.organisation().<List<Region>>map(Organisation::getRegions).orElse(List.of())
				.forEach(region -> authorities.addAll(region.getLocalAuthorities()));
		authorities.sort(AUTHORITY_ORDER);
		return authorities;
	}

	/**
	 * Sets the fields from the element selected in the navigator: a local authority, a school or
	 * an evaluation fills the subject and schedule. The year and term default to those of today.
	 */
	private void fillInitialValues() {
		int schedule = 1;
		LocalAuthority authority = null;
		School school = null;
		if (initialSelection instanceof School selectedSchool && selectedSchool.eContainer() instanceof LocalAuthority parent) {
			schedule = 2;
			authority = parent;
			school = selectedSchool;
		} else if (initialSelection instanceof LocalAuthority selectedAuthority) {
			authority = selectedAuthority;
		} else if (initialSelection instanceof org.sipqm.model.evaluation.Evaluation evaluation) {
			schedule = org.sipqm.core.Evaluations.scheduleOf(evaluation);
			authority = evaluation.getLocalAuthority();
			school = switch (evaluation) {
			case org.sipqm.model.evaluation.HeadteacherDiscussion discussion -> discussion.getSchool();
			case org.sipqm.model.evaluation.ShadowVisit visit -> visit.getSchool();
			default -> null;
			};
		}
		List<?> authorities = (List<?>) authorityViewer.getInput();
		if ((authority == null || !authorities.contains(authority)) && !authorities.isEmpty()) {
			authority = (LocalAuthority) authorities.get(0);
			school = null;
		}

		scheduleViewer.setSelection(new StructuredSelection(schedule));
		if (authority != null) {
			authorityViewer.setSelection(new StructuredSelection(authority));
		}
		updateSchools();
		if (school != null) {
			schoolViewer.setSelection(new StructuredSelection(school));
		}
		LocalDate today = LocalDate.now();
		yearText.setText(AcademicYear.containing(today).folderName());
		termViewer.setSelection(new StructuredSelection(termOf(today)));
		updatePeople();
	}

	/** Returns the term that the date most likely falls in: autumn from September, spring from January, summer from April. */
	private static Term termOf(LocalDate date) {
		Month month = date.getMonth();
		if (month.compareTo(Month.SEPTEMBER) >= 0) {
			return Term.AUTUMN;
		}
		return month.compareTo(Month.APRIL) < 0 ? Term.SPRING : Term.SUMMER;
	}

	/** Lists the schools of the chosen local authority, enabled only for the schedules that evaluate a school. */
	private void updateSchools() {
		LocalAuthority authority = selected(authorityViewer, LocalAuthority.class);
		Object previous = schoolViewer.getStructuredSelection().getFirstElement();
		List<School> schools = authority == null ? List.of()
				: authority.getSchools().stream().sorted(SCHOOL_ORDER).toList();
		schoolViewer.setInput(schools);
		if (schools.contains(previous)) {
			schoolViewer.setSelection(new StructuredSelection(previous));
		}
		boolean needsSchool = EvaluationRequest.evaluatesSchool(schedule());
		schoolViewer.getCombo().setEnabled(needsSchool);
		schoolViewer.getCombo().setToolTipText(needsSchool ? null : Messages.NewEvaluation_schoolNotNeeded);
	}

	/**
	 * Lists the people who may author an evaluation of the chosen local authority: the people of
	 * its region except headteachers, and its SIPs. The author typed or chosen so far stays.
	 */
	private void updatePeople() {
		LocalAuthority authority = selected(authorityViewer, LocalAuthority.class);
		List<Person> candidates = new ArrayList<>();
		if (authority != null && authority.eContainer() instanceof Region region) {
			Set<Person> headteachers = new HashSet<>();
			region.getLocalAuthorities().forEach(each -> each.getSchools().forEach(school -> headteachers.add(school.getHeadteacher())));
			region.getPeople().stream().filter(person -> !headteachers.contains(person)).forEach(candidates::add);
			candidates.addAll(authority.getPartners());
		}
		candidates.sort(PERSON_ORDER);
		people = candidates;

		String typed = authorCombo.getText();
		authorCombo.setItems(candidates.stream().map(NewEvaluationPage::personLabel).toArray(String[]::new));
		if (!typed.isBlank()) {
			authorCombo.setText(typed);
		} else if (authority != null && authority.getSipManager() != null && candidates.contains(authority.getSipManager())) {
			authorCombo.setText(personLabel(authority.getSipManager()));
		}
	}

	private static String personLabel(Person person) {
		return person.getRole() == null || person.getRole().isBlank() ? person.getName()
				: person.getName() + " (" + person.getRole() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Returns the person whose label or name the author field shows, or a new person of that
	 * name, or null when the field is blank.
	 */
	private Person author() {
		String text = authorCombo.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		for (Person person : people) {
			if (personLabel(person).equalsIgnoreCase(text) || text.equalsIgnoreCase(person.getName())) {
				return person;
			}
		}
		return EvaluationCreation.newPerson(text);
	}

	private int schedule() {
		Integer schedule = selected(scheduleViewer, Integer.class);
		return schedule == null ? 0 : schedule;
	}

	private static <T> T selected(ComboViewer viewer, Class<T> type) {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return type.isInstance(element) ? type.cast(element) : null;
	}

	private void changed() {
		edited = true;
		validate();
	}

	/** Returns the request that the fields describe, or throws with the message for an invalid year. */
	public EvaluationRequest request() {
		AcademicYear year = EvaluationCreation.parseYear(yearText.getText());
		School school = EvaluationRequest.evaluatesSchool(schedule()) ? selected(schoolViewer, School.class) : null;
		return new EvaluationRequest(schedule(), selected(authorityViewer, LocalAuthority.class), school, year,
				selected(termViewer, Term.class), author());
	}

	/** Checks the fields, shows the outcome and allows Finish only when the request can be created. */
	void validate() {
		String problem;
		EvaluationRequest request = null;
		try {
			request = request();
			problem = creation.check(request).orElse(null);
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}

		setPageComplete(problem == null);
		if (problem != null) {
			setErrorMessage(edited ? problem : null);
			setMessage(edited ? null : problem);
			return;
		}
		setErrorMessage(null);
		String file = WorkspaceLayout.toPortableString(creation.newPath(request));
		Person author = request.author();
		if (author.eResource() == null && request.authority().eContainer() instanceof Region region) {
			setMessage(NLS.bind(Messages.NewEvaluation_fileAndNewPerson, new Object[] { file, author.getName(),
					region.getName() }));
		} else {
			setMessage(NLS.bind(Messages.NewEvaluation_file, file));
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			scheduleViewer.getControl().setFocus();
		}
	}

	public ComboViewer scheduleViewer() {
		return scheduleViewer;
	}

	public ComboViewer authorityViewer() {
		return authorityViewer;
	}

	public ComboViewer schoolViewer() {
		return schoolViewer;
	}

	public Text yearText() {
		return yearText;
	}

	public ComboViewer termViewer() {
		return termViewer;
	}

	public Combo authorCombo() {
		return authorCombo;
	}
}
