package org.sipqm.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.CrosswalkPackage;

/** Reads and writes a crosswalk as one XMI file, written atomically. */
public final class CrosswalkFiles {

	private CrosswalkFiles() {
	}

	/**
	 * Reads the crosswalk in a file.
	 *
	 * @throws IOException when the file cannot be read or does not contain a crosswalk
	 */
	public static Crosswalk read(Path file) throws IOException {
		CrosswalkPackage.eINSTANCE.eClass();
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		try (var in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Crosswalk crosswalk)) {
			throw new IOException("File " + file + " does not contain a crosswalk.");
		}
		return crosswalk;
	}

	/** Replaces the file with the crosswalk, leaving the crosswalk in its current resource, if any. */
	public static void write(Crosswalk crosswalk, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		Crosswalk copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(crosswalk);
		resource.getContents().add(copy);
		AtomicFiles.write(file, out -> resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")));
	}
}
