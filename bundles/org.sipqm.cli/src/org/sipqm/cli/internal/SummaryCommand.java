package org.sipqm.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.summary.WorkspaceSummary;
import org.sipqm.model.edit.SipqmLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what a workspace holds. */
@Command(name = "summary", mixinStandardHelpOptions = true,
		description = "Prints what a workspace holds: regions, local authorities, schools, School Improvement Partners, "
				+ "evaluations by schedule, term and status, judgements and evidence, and files that could not be read.")
public final class SummaryCommand implements Callable<Integer> {

	@Mixin
	private WorkspaceOption workspaceOption;

	@Option(names = "--json", description = "Print JSON for other programs instead of text.")
	private boolean json;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Workspace workspace = workspaceOption.open();
		WorkspaceSummary summary = WorkspaceSummary.of(workspace);
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			out.println(Json.write(describe(workspace, summary)));
		} else {
			printText(out, workspace, summary);
		}
		return SipqmCommand.OK;
	}

	private static void printText(PrintWriter out, Workspace workspace, WorkspaceSummary summary) {
		out.printf("Workspace %s%n", workspace.root());
		row(out, "Regions", summary.regions());
		row(out, "Local authorities", summary.localAuthorities());
		row(out, "Schools", summary.schools());
		row(out, "School Improvement Partners", summary.partners());
		row(out, "Evaluations", summary.evaluations());
		summary.evaluationsBySchedule().forEach((schedule, count) -> row(out, "  schedule " + schedule, count));
		summary.evaluationsByTerm().forEach((term, count) -> row(out, "  " + lowerCase(SipqmLabels.term(term)) + " term", count));
		summary.evaluationsByStatus().forEach((status, count) -> row(out, "  " + lowerCase(SipqmLabels.status(status)), count));
		row(out, "Judgements", summary.judgements());
		row(out, "Section judgements", summary.sectionJudgements());
		row(out, "Responses", summary.responses());
		row(out, "Evidence items", summary.evidenceItems());
		row(out, "Files that could not be read", summary.loadProblems());
		for (LoadProblem problem : workspace.problems()) {
			out.printf("    %s%n", problem);
		}
	}

	private static void row(PrintWriter out, String label, int count) {
		out.printf("  %-33s%d%n", label + ":", count);
	}

	private static String lowerCase(String text) {
		return text.toLowerCase(Locale.UK);
	}

	private static Map<String, Object> describe(Workspace workspace, WorkspaceSummary summary) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("workspace", workspace.root().toString());
		result.put("regions", summary.regions());
		result.put("localAuthorities", summary.localAuthorities());
		result.put("schools", summary.schools());
		result.put("partners", summary.partners());
		result.put("evaluations", summary.evaluations());
		Map<String, Object> bySchedule = new LinkedHashMap<>();
		summary.evaluationsBySchedule().forEach((schedule, count) -> bySchedule.put(String.valueOf(schedule), count));
		result.put("evaluationsBySchedule", bySchedule);
		Map<String, Object> byTerm = new LinkedHashMap<>();
		summary.evaluationsByTerm().forEach((term, count) -> byTerm.put(term.getLiteral(), count));
		result.put("evaluationsByTerm", byTerm);
		Map<String, Object> byStatus = new LinkedHashMap<>();
		summary.evaluationsByStatus().forEach((status, count) -> byStatus.put(status.getLiteral(), count));
		result.put("evaluationsByStatus", byStatus);
		result.put("judgements", summary.judgements());
		result.put("sectionJudgements", summary.sectionJudgements());
		result.put("responses", summary.responses());
		result.put("evidenceItems", summary.evidenceItems());
		result.put("loadProblems", workspace.problems().stream().map(Object::toString).toList());
		return result;
	}
}
