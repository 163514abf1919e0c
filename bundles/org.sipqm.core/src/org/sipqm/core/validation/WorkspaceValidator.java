package org.sipqm.core.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.internal.validation.DefaultRules;
import org.sipqm.core.internal.validation.DiagnosticConverter;
import org.sipqm.core.internal.validation.ValidationRun;
import org.sipqm.core.internal.validation.WorkspaceDiagnostician;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;

/**
 * Validates a workspace: EMF's structural constraints, the element rules on every element of
 * every file, and the workspace rules, which see all files at once. The validate command, the
 * editors and the exporters all use it, so they show the same diagnostics.
 */
public final class WorkspaceValidator {

	private final FrameworkRegistry frameworks;
	private final List<ElementRule> elementRules;
	private final List<WorkspaceRule> workspaceRules;
	private final WorkspaceDiagnostician diagnostician;

	public WorkspaceValidator(FrameworkRegistry frameworks, List<ElementRule> elementRules,
			List<WorkspaceRule> workspaceRules) {
		this.frameworks = frameworks;
		this.elementRules = List.copyOf(elementRules);
		this.workspaceRules = List.copyOf(workspaceRules);
		this.diagnostician = new WorkspaceDiagnostician(this.elementRules);
	}

	/** Returns a validator with the rules the workbench ships, against the national framework. */
	public static WorkspaceValidator withDefaultRules() {
		return new WorkspaceValidator(FrameworkRegistry.getDefault(), DefaultRules.elementRules(),
				DefaultRules.workspaceRules());
	}

	public List<ElementRule> elementRules() {
		return elementRules;
	}

	public List<WorkspaceRule> workspaceRules() {
		return workspaceRules;
	}

	/** Returns every diagnostic of the workspace, ordered by file. */
	public List<WorkspaceDiagnostic> validate(Workspace workspace) {
		ValidationRun run = new ValidationRun(workspace, frameworks);
		BasicDiagnostic diagnostics = new BasicDiagnostic();

		for (WorkspaceRule rule : workspaceRules) {
			rule.check(workspace, run.contextFor(rule.id(), diagnostics));
		}
		workspace.organisation().ifPresent(organisation -> validateTree(organisation, run, diagnostics));
		for (Evaluation evaluation : workspace.evaluations()) {
			validateTree(evaluation, run, diagnostics);
		}
		return convert(workspace, diagnostics);
	}

	/**
	 * Returns the diagnostics of one element and its contents, such as the evaluation open in an
	 * editor, without the workspace rules.
	 */
	public List<WorkspaceDiagnostic> validate(Workspace workspace, EObject element) {
		ValidationRun run = new ValidationRun(workspace, frameworks);
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		validateTree(element, run, diagnostics);
		return convert(workspace, diagnostics);
	}

	private void validateTree(EObject root, ValidationRun run, BasicDiagnostic diagnostics) {
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(ValidationRun.class, run);
		diagnostician.validate(root, diagnostics, context);
	}

	private static List<WorkspaceDiagnostic> convert(Workspace workspace, BasicDiagnostic diagnostics) {
		List<WorkspaceDiagnostic> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics.getChildren()) {
			result.add(DiagnosticConverter.convert(workspace, diagnostic));
		}
		result.sort(Comparator.comparing((WorkspaceDiagnostic diagnostic) -> portable(diagnostic.file())));
		return result;
	}

	private static String portable(Path file) {
		return WorkspaceLayout.toPortableString(file);
	}
}
