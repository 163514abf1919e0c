package org.sipqm.framework;

import org.eclipse.emf.common.util.URI;

/**
 * A model fragment that a plug-in contributes to one edition of a framework, as declared by one
 * {@code contribution} element of the {@code org.sipqm.framework.contributions} extension point.
 * Tests and other callers outside OSGi create these directly and pass them to
 * {@link FrameworkRegistry#FrameworkRegistry(java.util.List)}.
 *
 * @param contributor symbolic name of the contributing plug-in, which becomes the {@code origin} of
 *                    every element the fragment adds; never {@code null}
 * @param framework   id of the framework that the fragment extends, such as {@code sip-qm}, or
 *                    {@code null} when the declaration lacks it
 * @param edition     edition of that framework, such as {@code 1}, or {@code null} when the
 *                    declaration lacks it
 * @param resource    URI of the fragment resource, a {@code .framework} XMI file, or {@code null}
 *                    when the declaration lacks it
 */
public record FrameworkContribution(String contributor, String framework, String edition, URI resource) {

	public FrameworkContribution {
		if (contributor == null || contributor.isBlank()) {
			throw new IllegalArgumentException("A framework contribution needs the symbolic name of its plug-in.");
		}
	}

	/** Returns the resource as text for messages, or "(no resource)" when the declaration lacks it. */
	public String resourceText() {
		return resource == null ? "(no resource)" : resource.toString();
	}
}
