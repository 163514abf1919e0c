package org.sipqm.framework.tests;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.sipqm.framework.FrameworkContribution;
import org.sipqm.framework.FrameworkRegistry;

/** Contributions of the test fragments under data/contributions/ to the national framework, edition 1. */
final class Contributions {

	static final String FOLDER = "/data/contributions/";

	private Contributions() {
	}

	/** Returns a contribution of the named test fragment, which must exist, to sip-qm edition 1. */
	static FrameworkContribution of(String contributor, String fragment) {
		return new FrameworkContribution(contributor, NationalFramework.ID, NationalFramework.EDITION, uri(fragment));
	}

	/** Returns a registry that merges the given contributions into its own copy of the national framework. */
	static FrameworkRegistry registry(FrameworkContribution... contributions) {
		return new FrameworkRegistry(List.of(contributions));
	}

	static URI uri(String fragment) {
		URL url = Contributions.class.getResource(FOLDER + fragment);
		if (url == null) {
			throw new AssertionError("Test fragment " + FOLDER + fragment + " is missing");
		}
		return URI.createURI(url.toExternalForm());
	}
}
