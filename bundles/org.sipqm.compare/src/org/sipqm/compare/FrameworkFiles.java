package org.sipqm.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sipqm.core.store.AtomicFiles;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkPackage;

/** Reads and writes a framework, such as an imported local framework, as one XMI file, written atomically. */
public final class FrameworkFiles {

	private FrameworkFiles() {
	}

	/**
	 * Reads the framework in a file. The framework is the first element of a new resource whose URI is
	 * the file.
	 *
	 * @throws IOException when the file cannot be read or does not contain a framework
	 */
	public static Framework read(Path file) throws IOException {
		FrameworkPackage.eINSTANCE.eClass();
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		try (var in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		} catch (RuntimeException e) {
			// EMF reports some malformed content unchecked.
			throw new IOException("File " + file + " could not be read as a framework: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework framework)) {
			throw new IOException("File " + file + " does not contain a framework.");
		}
		return framework;
	}

	/** Replaces the file with the framework, leaving the framework in its current resource, if any. */
	public static void write(Framework framework, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(framework));
		AtomicFiles.write(file, out -> {
			try {
				resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_DELIMITER, "\n"));
			} catch (RuntimeException e) {
				// EMF reports some failures unchecked, such as a character that XML cannot hold.
				throw new IOException("Framework " + framework.getId() + " could not be written to " + file + ": "
						+ e.getMessage(), e);
			}
		});
	}
}
