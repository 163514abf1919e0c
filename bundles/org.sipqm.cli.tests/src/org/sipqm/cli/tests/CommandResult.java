package org.sipqm.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.sipqm.cli.internal.SipqmCommand;

/** The exit status and output of one run of the command line. */
record CommandResult(int status, String out, String err) {

	static CommandResult run(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = SipqmCommand.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CommandResult(status, out.toString(), err.toString());
	}
}
