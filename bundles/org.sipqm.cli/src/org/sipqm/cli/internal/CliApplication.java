package org.sipqm.cli.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code org.sipqm.cli.app} application: runs one command of {@link SipqmCommand}
 * and returns its exit status to the launcher.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		return SipqmCommand.run(arguments == null ? new String[0] : arguments, out, err);
	}

	@Override
	public void stop() {
		// A command runs to completion; there is nothing to interrupt.
	}
}
