package org.sipqm.ui.internal.workspace;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.service.datalocation.Location;

/** Converts the Equinox instance location ({@code -data}) to a file system folder. */
public final class InstanceLocation {

	private InstanceLocation() {
	}

	/** Returns the folder of the instance location, or nothing when the location is not set. */
	public static Optional<Path> folder(Location instanceLocation) {
		if (instanceLocation == null || !instanceLocation.isSet()) {
			return Optional.empty();
		}
		URL url = instanceLocation.getURL();
		try {
			return Optional.of(new File(url.toURI()).toPath());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox builds file: URLs without escaping, so a path with spaces is no valid URI.
			return Optional.of(Path.of(url.getPath()));
		}
	}
}
