package org.sipqm.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** Prints the version of the command-line bundle, which is the product's version and build. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
		String version = bundle == null ? "unknown" : bundle.getVersion().toString();
		return new String[] { "SIP QM Workbench command line " + version };
	}
}
