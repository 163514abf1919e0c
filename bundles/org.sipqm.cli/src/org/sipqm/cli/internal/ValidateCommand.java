package org.sipqm.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceDiagnostic;
import org.sipqm.core.validation.WorkspaceValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Validates a workspace and prints its diagnostics with file and element. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks every file of a workspace against the model and the framework and prints each problem "
				+ "with its file and element. Exit status 0 when there are no errors, 1 when there are errors, "
				+ "2 when the workspace cannot be opened.")
public final class ValidateCommand implements Callable<Integer> {

	@Mixin
	private WorkspaceOption workspaceOption;

	@Option(names = "--json", description = "Print JSON for other programs instead of text.")
	private boolean json;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Workspace workspace = workspaceOption.open();
		List<WorkspaceDiagnostic> diagnostics = WorkspaceValidator.withDefaultRules().validate(workspace);
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			out.println(Json.write(diagnostics.stream().map(ValidateCommand::describe).toList()));
		} else {
			diagnostics.forEach(out::println);
			out.printf("%d errors, %d warnings, %d notes in %d evaluations%n", count(diagnostics, Severity.ERROR),
					count(diagnostics, Severity.WARNING), count(diagnostics, Severity.INFO),
					workspace.evaluations().size());
		}
		return count(diagnostics, Severity.ERROR) > 0 ? SipqmCommand.ERRORS_FOUND : SipqmCommand.OK;
	}

	private static long count(List<WorkspaceDiagnostic> diagnostics, Severity severity) {
		return diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
	}

	private static Map<String, Object> describe(WorkspaceDiagnostic diagnostic) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("severity", diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT));
		result.put("rule", diagnostic.ruleId());
		result.put("file", WorkspaceLayout.toPortableString(diagnostic.file()));
		result.put("element", diagnostic.elementLabel());
		result.put("fragment", diagnostic.elementFragment());
		result.put("message", diagnostic.message());
		return result;
	}
}
