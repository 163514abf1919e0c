package org.sipqm.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.store.LoadProblems;
import org.sipqm.core.internal.store.UnresolvedReferences;
import org.sipqm.core.internal.store.UnresolvedReferences.Unresolved;
import org.sipqm.core.internal.store.WorkspaceResourceSet;
import org.sipqm.core.internal.store.XmiResources;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Organisation;

/** Loads the files of one workspace folder, collecting what goes wrong instead of stopping. */
final class WorkspaceLoader {

	private final Path root;
	private final WorkspaceResourceSet resourceSet = new WorkspaceResourceSet();
	private final List<LoadProblem> problems = new ArrayList<>();

	WorkspaceLoader(Path root) {
		this.root = root;
	}

	Workspace load() throws IOException {
		Resource organisationResource = loadRoot(WorkspaceLayout.organisationPath(), Organisation.class);

		List<Evaluation> evaluations = new ArrayList<>();
		for (Path file : evaluationFiles()) {
			Resource resource = loadRoot(file, Evaluation.class);
			if (resource != null) {
				evaluations.add((Evaluation) resource.getContents().get(0));
			}
		}

		for (Evaluation evaluation : evaluations) {
			reportUnresolvedCrossReferences(evaluation.eResource());
		}
		return new Workspace(root, resourceSet, organisationResource, evaluations, problems);
	}

	/** Returns the .xmi files below evaluations/, in the order of their portable paths. */
	private List<Path> evaluationFiles() throws IOException {
		Path folder = root.resolve(WorkspaceLayout.EVALUATIONS_FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith("." + XmiResources.FILE_EXTENSION))
					.filter(file -> !Files.isDirectory(file))
					.map(root::relativize)
					.sorted(Comparator.comparing(WorkspaceLayout::toPortableString))
					.toList();
		}
	}

	/**
	 * Loads one file and returns its resource when the file's first element is of the expected
	 * type. Otherwise records why, removes the resource from the set and returns null.
	 */
	private Resource loadRoot(Path file, Class<? extends EObject> expected) {
		Resource resource = resourceSet.createResource(URI.createFileURI(root.resolve(file).toString()));
		List<LoadProblem> fileProblems = load(file, resource);
		problems.addAll(fileProblems);

		boolean skipped = fileProblems.stream().anyMatch(LoadProblem::fileSkipped);
		if (!skipped) {
			skipped = !checkContents(file, resource, expected);
		}
		if (skipped) {
			resource.unload();
			resourceSet.getResources().remove(resource);
			return null;
		}
		return resource;
	}

	private static List<LoadProblem> load(Path file, Resource resource) {
		try {
			resource.load(null);
			return List.of();
		} catch (IOException | RuntimeException e) {
			List<LoadProblem> fileProblems = LoadProblems.fromErrors(file, resource);
			return fileProblems.isEmpty() ? List.of(LoadProblems.unreadable(file, e)) : fileProblems;
		}
	}

	private boolean checkContents(Path file, Resource resource, Class<? extends EObject> expected) {
		if (resource.getContents().isEmpty()) {
			problems.add(LoadProblems.unknownContent(file, Messages.WorkspaceLoader_noContent));
			return false;
		}

		EObject first = resource.getContents().get(0);
		if (!expected.isInstance(first)) {
			EClass eClass = first.eClass();
			problems.add(LoadProblems.unknownContent(file, NLS.bind(Messages.WorkspaceLoader_unexpectedContent,
					new Object[] { eClass.getName(), eClass.getEPackage().getNsURI(), expected.getSimpleName() })));
			return false;
		}

		int extra = resource.getContents().size() - 1;
		if (extra > 0) {
			problems.add(new LoadProblem(file, OptionalInt.empty(), OptionalInt.empty(), LoadProblem.Kind.INVALID_CONTENT,
					NLS.bind(Messages.WorkspaceLoader_extraRoots, extra)));
		}
		return true;
	}

	private void reportUnresolvedCrossReferences(Resource resource) {
		Path file = root.relativize(Path.of(resource.getURI().toFileString()));
		for (Unresolved unresolved : UnresolvedReferences.in(resource)) {
			URI target = unresolved.target().deresolve(resource.getURI());
			problems.add(new LoadProblem(file, OptionalInt.empty(), OptionalInt.empty(),
					LoadProblem.Kind.UNRESOLVED_CROSS_REFERENCE,
					NLS.bind(Messages.WorkspaceLoader_unresolvedCrossReference, unresolved.reference().getName(), target)));
		}
	}
}
