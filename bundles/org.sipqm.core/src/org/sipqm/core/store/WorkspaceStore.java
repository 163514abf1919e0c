package org.sipqm.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.store.WorkspaceResourceSet;
import org.sipqm.core.internal.store.XmiResources;
import org.sipqm.model.organisation.Organisation;

/** Opens workspace folders and sets up new ones. See {@link WorkspaceLayout} for the files. */
public final class WorkspaceStore {

	private WorkspaceStore() {
	}

	/**
	 * Opens the workspace in the folder, loading organisation.xmi and every evaluation file. Files
	 * that cannot be read or parsed do not stop the workspace from opening: each is reported in
	 * {@link Workspace#problems()} and the rest loads.
	 *
	 * @throws InvalidWorkspaceException when the folder does not exist or has no organisation.xmi
	 * @throws IOException               when the evaluations folder cannot be listed
	 */
	public static Workspace open(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new InvalidWorkspaceException(NLS.bind(Messages.WorkspaceStore_notAFolder, root));
		}
		if (!Files.exists(root.resolve(WorkspaceLayout.ORGANISATION_FILE))) {
			throw new InvalidWorkspaceException(NLS.bind(Messages.WorkspaceStore_organisationMissing, root,
					WorkspaceLayout.ORGANISATION_FILE));
		}
		return new WorkspaceLoader(root).load();
	}

	/**
	 * Sets up a new workspace in the folder: writes organisation.xmi with the organisation and
	 * creates the evaluations, evidence and .sipqm folders. The folder is created when missing.
	 *
	 * @param organisation an organisation that is in no resource yet
	 * @throws InvalidWorkspaceException when the folder contains a workspace already
	 */
	public static Workspace initialise(Path folder, Organisation organisation) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		Path organisationFile = root.resolve(WorkspaceLayout.ORGANISATION_FILE);
		if (Files.exists(organisationFile)) {
			throw new InvalidWorkspaceException(NLS.bind(Messages.WorkspaceStore_workspaceExists, root));
		}
		if (organisation.eResource() != null) {
			throw new IllegalArgumentException("The organisation is already in " + organisation.eResource().getURI()
					+ "; a new workspace needs an organisation that is in no file");
		}

		Files.createDirectories(root.resolve(WorkspaceLayout.EVALUATIONS_FOLDER));
		Files.createDirectories(root.resolve(WorkspaceLayout.EVIDENCE_FOLDER));
		Files.createDirectories(root.resolve(WorkspaceLayout.METADATA_FOLDER));

		WorkspaceResourceSet resourceSet = new WorkspaceResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(organisationFile.toString()));
		resource.getContents().add(organisation);
		AtomicFiles.write(organisationFile, out -> resource.save(out, XmiResources.saveOptions()));
		return new Workspace(root, resourceSet, resource, List.of(), List.of());
	}
}
