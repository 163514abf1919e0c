package org.sipqm.cli.internal;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sipqm} command and its subcommands. Exit status: 0 when the command succeeded and
 * found no errors, 1 when it found errors, 2 on bad usage or unreadable input.
 */
@Command(name = "sipqm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Works with SIP QM workspaces and the national framework from the command line.",
		subcommands = { FrameworkCommand.class, SummaryCommand.class, ValidateCommand.class, ExportCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:success, and no errors found", "1:errors found", "2:bad usage or unreadable input" })
public final class SipqmCommand implements Runnable {

	public static final int OK = 0;
	public static final int ERRORS_FOUND = 1;
	public static final int BAD_INPUT = 2;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of framework, summary, validate or export.");
	}

	/** Runs the command line and returns its exit status. */
	public static int run(String[] arguments, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new SipqmCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((exception, parameters) -> {
			CommandLine failed = exception.getCommandLine();
			failed.getErr().println("sipqm: " + exception.getMessage());
			if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
				CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, failed.getErr());
			}
			failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
			return BAD_INPUT;
		});
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			line.getErr().println("sipqm " + line.getCommandName() + ": " + describe(exception));
			return exception instanceof InputException ? BAD_INPUT : ERRORS_FOUND;
		});
		return commandLine.execute(arguments);
	}

	private static String describe(Exception exception) {
		String message = exception.getMessage();
		return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
	}
}
