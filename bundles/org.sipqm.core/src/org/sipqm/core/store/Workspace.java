package org.sipqm.core.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.store.DanglingReferences;
import org.sipqm.core.internal.store.DanglingReferences.Dangling;
import org.sipqm.core.internal.store.WorkspaceResourceSet;
import org.sipqm.core.internal.store.XmiResources;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.internal.validation.FeatureLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;

/**
 * An open workspace: the organisation, the evaluations and the problems met while loading them,
 * all in one resource set. Evaluations are listed in the order of their file paths. Obtain one
 * from {@link WorkspaceStore}. A workspace is not thread-safe.
 */
public final class Workspace {

	private static final Comparator<Path> PATH_ORDER = Comparator.comparing(WorkspaceLayout::toPortableString);

	private final Path root;
	private final WorkspaceResourceSet resourceSet;
	private final Resource organisationResource;
	private final List<Evaluation> evaluations;
	private final List<LoadProblem> problems;

	Workspace(Path root, WorkspaceResourceSet resourceSet, Resource organisationResource, List<Evaluation> evaluations,
			List<LoadProblem> problems) {
		this.root = root;
		this.resourceSet = resourceSet;
		this.organisationResource = organisationResource;
		this.evaluations = new ArrayList<>(evaluations);
		List<LoadProblem> sortedProblems = new ArrayList<>(problems);
		sortedProblems.sort(Comparator.comparing(LoadProblem::file, PATH_ORDER));
		this.problems = List.copyOf(sortedProblems);
		this.evaluations.sort(Comparator.comparing(this::pathOf, PATH_ORDER));
	}

	/** Returns the workspace folder as an absolute, normalised path. */
	public Path root() {
		return root;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** Returns the organisation, or nothing when organisation.xmi could not be loaded. */
	public Optional<Organisation> organisation() {
		if (organisationResource == null || organisationResource.getContents().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of((Organisation) organisationResource.getContents().get(0));
	}

	/** Returns the evaluations in the order of their workspace-relative file paths. */
	public List<Evaluation> evaluations() {
		return Collections.unmodifiableList(evaluations);
	}

	/** Returns the problems met while the workspace was opened, ordered by file path. */
	public List<LoadProblem> problems() {
		return problems;
	}

	/**
	 * Returns the path of the resource's file relative to the workspace folder.
	 *
	 * @throws IllegalArgumentException when the resource is not a file of this workspace
	 */
	public Path pathOf(Resource resource) {
		URI uri = resource.getURI();
		if (resource.getResourceSet() != resourceSet || uri == null || !uri.isFile()) {
			throw new IllegalArgumentException("Resource " + uri + " is not a file of the workspace " + root);
		}
		return root.relativize(Path.of(uri.toFileString()));
	}

	/**
	 * Returns the path of the file that contains the element, relative to the workspace folder.
	 *
	 * @throws IllegalArgumentException when the element is not in a file of this workspace
	 */
	public Path pathOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			throw new IllegalArgumentException("The element " + element.eClass().getName() + " is not in any file");
		}
		return pathOf(resource);
	}

	/**
	 * Saves the evaluation to its file, atomically.
	 *
	 * @throws IllegalArgumentException when the evaluation is not in a file of this workspace; use
	 *                                  {@link #create(Evaluation)} for a new one
	 * @throws IOException              when the evaluation refers to an element that is in no file,
	 *                                  or writing fails; the file then keeps its old content
	 */
	public void save(Evaluation evaluation) throws IOException {
		if (evaluation.eResource() == null || !evaluations.contains(evaluation)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Workspace_notInWorkspace, evaluation.getId()));
		}
		saveResource(evaluation.eResource());
	}

	/**
	 * Saves organisation.xmi atomically.
	 *
	 * @throws IllegalStateException when organisation.xmi failed to load, as saving would replace
	 *                               the file with an empty organisation
	 * @throws IOException           when writing fails; the file then keeps its old content
	 */
	public void saveOrganisation() throws IOException {
		if (organisation().isEmpty()) {
			throw new IllegalStateException(NLS.bind(Messages.Workspace_organisationNotLoaded, root));
		}
		saveResource(organisationResource);
	}

	/**
	 * Adds a new evaluation to the workspace and writes its file at
	 * {@code evaluations/<LA id>/<academic year>/<evaluation id>.xmi}.
	 *
	 * @return the path of the new file, relative to the workspace folder
	 * @throws IllegalArgumentException   when the evaluation is already in a file, or its id, local
	 *                                    authority or academic year is missing or invalid
	 * @throws FileAlreadyExistsException when a file for that id exists already
	 * @throws IOException                when writing fails; the workspace is then unchanged
	 */
	public Path create(Evaluation evaluation) throws IOException {
		Path relativePath = newEvaluationPath(evaluation);
		Path file = root.resolve(relativePath);
		if (Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString(), null,
					NLS.bind(Messages.Workspace_evaluationExists, evaluation.getId()));
		}

		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(evaluation);
		try {
			saveResource(resource);
		} catch (IOException | RuntimeException e) {
			resource.getContents().clear();
			resourceSet.getResources().remove(resource);
			throw e;
		}

		insertInOrder(evaluation, relativePath);
		return relativePath;
	}

	/**
	 * Writes an evidence attachment atomically under {@code evidence/}, replacing any file of that
	 * name.
	 *
	 * @param name    the path below {@code evidence/}, with forward slashes
	 * @param content the bytes of the file
	 * @return the path relative to the workspace folder, with forward slashes, as evidence items
	 *         record it
	 * @throws IllegalArgumentException when the name would lead outside {@code evidence/}
	 */
	public String saveAttachment(String name, byte[] content) throws IOException {
		Path evidenceFolder = root.resolve(WorkspaceLayout.EVIDENCE_FOLDER);
		Path file = evidenceFolder.resolve(name).normalize();
		if (!file.startsWith(evidenceFolder) || file.equals(evidenceFolder)) {
			throw new IllegalArgumentException("Invalid attachment name '" + name + "': it must name a file below "
					+ WorkspaceLayout.EVIDENCE_FOLDER + "/");
		}
		AtomicFiles.write(file, content);
		return WorkspaceLayout.toPortableString(root.relativize(file));
	}

	private Path newEvaluationPath(Evaluation evaluation) {
		if (evaluation.eResource() != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Workspace_alreadyInFile, evaluation.getId(),
					evaluation.eResource().getURI()));
		}
		LocalAuthority localAuthority = evaluation.getLocalAuthority();
		if (localAuthority == null || localAuthority.getId() == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Workspace_localAuthorityMissing, evaluation.getId()));
		}
		AcademicYear year = AcademicYear.parse(evaluation.getAcademicYear());
		return WorkspaceLayout.evaluationPath(localAuthority.getId(), year, evaluation.getId());
	}

	private void insertInOrder(Evaluation evaluation, Path relativePath) {
		int low = 0;
		int high = evaluations.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (PATH_ORDER.compare(pathOf(evaluations.get(middle)), relativePath) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		evaluations.add(low, evaluation);
	}

	private void saveResource(Resource resource) throws IOException {
		Path relativePath = pathOf(resource);
		String portablePath = WorkspaceLayout.toPortableString(relativePath);
		Dangling dangling = DanglingReferences.findFirst(resource);
		if (dangling != null) {
			throw new IOException(NLS.bind(Messages.Workspace_danglingReference, new Object[] { portablePath,
					FeatureLabels.label(dangling.reference()), ElementLabels.label(dangling.owner()),
					ElementLabels.label(dangling.target()) }));
		}

		AtomicFiles.write(root.resolve(relativePath), out -> {
			try {
				resource.save(out, XmiResources.saveOptions());
			} catch (RuntimeException e) {
				// EMF reports some failures unchecked, such as a character that XML cannot hold.
				throw new IOException(NLS.bind(Messages.Workspace_saveFailed, portablePath, e.getMessage()), e);
			}
		});
	}
}
