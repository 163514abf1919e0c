package org.sipqm.core.creation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.internal.creation.Messages;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;

/**
 * Checks and creates new evaluations in a workspace. A new evaluation is a draft of the given
 * framework edition, stored as the workspace's existing files are: at
 * {@code evaluations/<LA id>/<year>/<id>.xmi}, with an id such as {@code tr-830-2007-08-autumn} for
 * schedules 1 and 4, and {@code hd-830-2007-08-autumn-01} for schedules 2 and 3, which may have
 * several evaluations of one local authority in a term.
 */
public final class EvaluationCreation {

	/** The academic year as the user types it: 2007-08 as the folders name it, or 2007/08 as evaluations record it. */
	private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{4})[-/](\\d{2})");

	private static final String[] ID_PREFIXES = { "tr", "hd", "sv", "se" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The largest number that the two-digit suffix of a schedule 2 or 3 id takes before it widens. */
	private static final int MAX_NUMBER = 999;

	private final Workspace workspace;
	private final String frameworkKey;

	/**
	 * @param workspace    the workspace that receives new evaluations
	 * @param frameworkKey the framework and edition that new evaluations record, such as
	 *                     {@code sip-qm/1}; see {@link #frameworkKey(Framework)}
	 */
	public EvaluationCreation(Workspace workspace, String frameworkKey) {
		this.workspace = workspace;
		this.frameworkKey = frameworkKey;
	}

	/** Returns the key that evaluations record for the framework, such as {@code sip-qm/1}. */
	public static String frameworkKey(Framework framework) {
		return framework.getId() + "/" + framework.getEdition(); //$NON-NLS-1$
	}

	/**
	 * Parses an academic year typed as {@code 2007-08} or {@code 2007/08}.
	 *
	 * @throws IllegalArgumentException with a message for the user when the text is blank or not
	 *                                  an academic year
	 */
	public static AcademicYear parseYear(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(Messages.Creation_yearMissing);
		}
		Matcher matcher = YEAR_TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Creation_yearInvalid, text.strip()));
		}
		try {
			return AcademicYear.parse(matcher.group(1) + "/" + matcher.group(2)); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Creation_yearInvalid, text.strip()), e);
		}
	}

	/** Returns a person who is in no resource yet, for an author typed by name. */
	public static Person newPerson(String name) {
		Person person = OrganisationFactory.eINSTANCE.createPerson();
		person.setName(name == null ? null : name.strip());
		return person;
	}

	/** Returns the schedule's kind of evaluation in words, such as "termly review". */
	public static String kindOf(int schedule) {
		return switch (schedule) {
		case 1 -> Messages.Creation_schedule1;
		case 2 -> Messages.Creation_schedule2;
		case 3 -> Messages.Creation_schedule3;
		case 4 -> Messages.Creation_schedule4;
		default -> throw new IllegalArgumentException("Invalid schedule number " + schedule + ": expected 1 to 4"); //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	/**
	 * Returns what keeps the request from being created, as a message for the user, or nothing
	 * when it can be created. A request is rejected when a component is missing or not of the
	 * workspace's organisation. It is also rejected when the workspace contains an evaluation of
	 * the same schedule, subject, academic year and term, and then the message names its file.
	 */
	public Optional<String> check(EvaluationRequest request) {
		String problem = checkChoices(request);
		if (problem == null) {
			problem = checkDuplicate(request);
		}
		if (problem == null && Files.exists(workspace.root().resolve(newPath(request)))) {
			problem = NLS.bind(Messages.Creation_fileExists, WorkspaceLayout.toPortableString(newPath(request)));
		}
		return Optional.ofNullable(problem);
	}

	private String checkChoices(EvaluationRequest request) {
		if (workspace.organisation().isEmpty()) {
			return NLS.bind(Messages.Creation_organisationMissing, workspace.root());
		}
		if (request.schedule() < 1 || request.schedule() > 4) {
			return Messages.Creation_scheduleMissing;
		}

		String subjectProblem = checkSubject(request);
		if (subjectProblem != null) {
			return subjectProblem;
		}

		if (request.year() == null) {
			return Messages.Creation_yearMissing;
		}
		if (request.term() == null) {
			return Messages.Creation_termMissing;
		}

		Person author = request.author();
		if (author == null || author.getName() == null || author.getName().isBlank()) {
			return Messages.Creation_authorMissing;
		}
		if (author.eResource() != null && !isInWorkspace(author)) {
			return NLS.bind(Messages.Creation_authorOutside, author.getName());
		}
		return null;
	}

	/** Checks the local authority, and the school for schedules 2 and 3. */
	private String checkSubject(EvaluationRequest request) {
		LocalAuthority authority = request.authority();
		if (authority == null) {
			return Messages.Creation_authorityMissing;
		}
		if (!isInWorkspace(authority)) {
			return NLS.bind(Messages.Creation_authorityOutside, authority.getName());
		}
		if (!EvaluationRequest.evaluatesSchool(request.schedule())) {
			return null;
		}

		School school = request.school();
		if (school == null) {
			return NLS.bind(Messages.Creation_schoolMissing, kindOf(request.schedule()));
		}
		if (school.eContainer() != authority) {
			return NLS.bind(Messages.Creation_schoolOutside, school.getName(), authority.getName());
		}
		return null;
	}

	private String checkDuplicate(EvaluationRequest request) {
		String yearLabel = request.year().label();
		for (Evaluation existing : workspace.evaluations()) {
			boolean sameKind = existing.eClass() == Evaluations.classOf(request.schedule());
			boolean samePeriod = yearLabel.equals(existing.getAcademicYear()) && existing.getTerm() == request.term();
			if (sameKind && samePeriod && existing.getLocalAuthority() == request.authority()
					&& schoolOf(existing) == request.subjectSchool()) {
				return NLS.bind(Messages.Creation_duplicate,
						new Object[] { kindOf(request.schedule()), subjectName(request), request.term().getLiteral(),
								yearLabel, WorkspaceLayout.toPortableString(workspace.pathOf(existing)) });
			}
		}
		return null;
	}

	private static School schoolOf(Evaluation evaluation) {
		return switch (evaluation) {
		case HeadteacherDiscussion discussion -> discussion.getSchool();
		case ShadowVisit visit -> visit.getSchool();
		default -> null;
		};
	}

	private static String subjectName(EvaluationRequest request) {
		School school = request.subjectSchool();
		return school != null ? school.getName() : request.authority().getName();
	}

	private boolean isInWorkspace(EObject element) {
		return element.eResource() != null && element.eResource().getResourceSet() == workspace.resourceSet();
	}

	/**
	 * Returns the id of the new evaluation: the schedule's prefix, the LA code, the year and the term,
	 * and for schedules 2 and 3 the lowest two-digit number that no evaluation of the workspace and
	 * no file uses. Call it only for a request that {@link #check} accepts in its choices.
	 */
	public String newId(EvaluationRequest request) {
		String base = ID_PREFIXES[request.schedule() - 1] + "-" + authorityCode(request.authority()) + "-" //$NON-NLS-1$ //$NON-NLS-2$
				+ request.year().folderName() + "-" + request.term().getLiteral(); //$NON-NLS-1$
		if (!EvaluationRequest.evaluatesSchool(request.schedule())) {
			return base;
		}

		Set<String> usedIds = new HashSet<>();
		workspace.evaluations().forEach(evaluation -> usedIds.add(evaluation.getId()));
		for (int number = 1; number <= MAX_NUMBER; number++) {
			String id = base + String.format(Locale.ROOT, "-%02d", number); //$NON-NLS-1$
			Path file = workspace.root().resolve(
					WorkspaceLayout.evaluationPath(request.authority().getId(), request.year(), id));
			if (!usedIds.contains(id) && !Files.exists(file)) {
				return id;
			}
		}
		throw new IllegalStateException("Every number up to " + MAX_NUMBER + " is taken for " + base); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Returns the LA code when it can be part of a file name, such as 830, and else the LA id. */
	private static String authorityCode(LocalAuthority authority) {
		String code = authority.getCode();
		return WorkspaceLayout.isFileNameId(code) ? code : authority.getId();
	}

	/** Returns the workspace-relative path that the new evaluation's file takes. */
	public Path newPath(EvaluationRequest request) {
		return WorkspaceLayout.evaluationPath(request.authority().getId(), request.year(), newId(request));
	}

	/**
	 * Builds the new evaluation, in no resource: a draft of the framework edition, with the id of
	 * {@link #newId}, its subject, academic year, term and author. A shadow visit also records the
	 * school's SIP as the partner shadowed.
	 *
	 * @throws IllegalArgumentException when {@link #check} refuses the request
	 */
	public Evaluation build(EvaluationRequest request) {
		check(request).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		Evaluation evaluation = (Evaluation) EvaluationFactory.eINSTANCE.create(Evaluations.classOf(request.schedule()));
		evaluation.setId(newId(request));
		evaluation.setFramework(frameworkKey);
		evaluation.setAcademicYear(request.year().label());
		evaluation.setTerm(request.term());
		evaluation.setStatus(EvaluationStatus.DRAFT);
		evaluation.setLocalAuthority(request.authority());
		evaluation.setAuthor(request.author());
		switch (evaluation) {
		case HeadteacherDiscussion discussion -> discussion.setSchool(request.school());
		case ShadowVisit visit -> {
			visit.setSchool(request.school());
			visit.setPartner(request.school().getPartner());
		}
		default -> {
			// Schedules 1 and 4 evaluate the local authority, which is set above.
		}
		}
		return evaluation;
	}

	/**
	 * Creates the evaluation in the workspace and writes its file atomically, never over an
	 * existing file. A new author is first added to the people of the local authority's region and
	 * organisation.xmi is saved.
	 *
	 * @return the new evaluation, which the workspace now lists
	 * @throws IllegalArgumentException when {@link #check} refuses the request
	 * @throws IOException              when a file cannot be written; the evaluation's file is then
	 *                                  not created, although a new author may have been saved
	 */
	public Evaluation create(EvaluationRequest request) throws IOException {
		Evaluation evaluation = build(request);
		Person author = request.author();
		if (author.eResource() == null) {
			Region region = addPerson(request.authority(), author);
			try {
				workspace.saveOrganisation();
			} catch (IOException | RuntimeException e) {
				region.getPeople().remove(author);
				throw e;
			}
		}
		workspace.create(evaluation);
		return evaluation;
	}

	/** Adds the person to the region of the local authority, with an id made from the name. */
	private Region addPerson(LocalAuthority authority, Person person) {
		Region region = (Region) authority.eContainer();
		Set<String> usedIds = new HashSet<>();
		workspace.organisation().map(Organisation::getRegions).ifPresent(regions -> regions
				.forEach(each -> each.getPeople().forEach(other -> usedIds.add(other.getId()))));

		String slug = person.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String base = "p-" + (slug.isEmpty() ? "person" : slug); //$NON-NLS-1$ //$NON-NLS-2$
		String id = base;
		for (int number = 2; usedIds.contains(id); number++) {
			id = base + "-" + number; //$NON-NLS-1$
		}
		person.setId(id);
		region.getPeople().add(person);
		return region;
	}
}
