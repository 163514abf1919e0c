package org.sipqm.ui.internal.editing;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;
import org.sipqm.ui.internal.evaluation.EvaluationReveal;

/**
 * The {@value #OPTION} command-line option: {@code -openEvaluation <file>[#<fragment>]} opens the
 * evaluation in that file, given relative to the workspace folder, in its editor once the
 * workspace has loaded. An EMF URI fragment after {@code #}, such as {@code //@judgements.0},
 * names an element of the evaluation whose first field then gets the keyboard focus.
 */
public final class StartupEvaluation {

	/** The command-line option, followed by the evaluation file relative to the workspace folder. */
	public static final String OPTION = "-openEvaluation"; //$NON-NLS-1$

	private StartupEvaluation() {
	}

	/**
	 * Returns the file that follows the option in the application arguments, or nothing when the
	 * option is missing.
	 *
	 * @throws IllegalArgumentException when the option is the last argument
	 */
	public static Optional<String> file(String[] arguments) {
		for (int i = 0; i < arguments.length; i++) {
			if (OPTION.equalsIgnoreCase(arguments[i])) {
				if (i + 1 >= arguments.length) {
					throw new IllegalArgumentException(NLS.bind(JournalMessages.Startup_fileMissing, OPTION));
				}
				return Optional.of(arguments[i + 1]);
			}
		}
		return Optional.empty();
	}

	/**
	 * Opens the evaluation in the file, and reveals the element that a fragment after {@code #}
	 * names, or shows an error naming the file or fragment when the workspace has no such evaluation
	 * or element.
	 */
	public static void open(Shell shell, Workspace workspace, EPartService partService, String argument) {
		int hash = argument.indexOf('#');
		String file = hash < 0 ? argument : argument.substring(0, hash);
		String fragment = hash < 0 ? null : argument.substring(hash + 1);
		String requested = WorkspaceLayout.toPortableString(Path.of(file).normalize());
		Optional<Evaluation> evaluation = workspace.evaluations().stream()
				.filter(candidate -> WorkspaceLayout.toPortableString(workspace.pathOf(candidate)).equals(requested))
				.findFirst();
		if (evaluation.isEmpty()) {
			fail(shell, NLS.bind(JournalMessages.Startup_notFound, new Object[] { file, OPTION, workspace.root() }));
			return;
		}
		if (fragment == null || fragment.isEmpty()) {
			EvaluationEditors.open(partService, workspace, evaluation.get());
		} else {
			EObject element = evaluation.get().eResource().getEObject(fragment);
			if (element == null) {
				EvaluationEditors.open(partService, workspace, evaluation.get());
				fail(shell, NLS.bind(JournalMessages.Startup_elementNotFound, fragment, file));
				return;
			}
			EvaluationReveal.open(partService, workspace, element);
		}
		ILog.of(StartupEvaluation.class).info("Opened " + argument + " given with " + OPTION); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void fail(Shell shell, String message) {
		ILog.of(StartupEvaluation.class).warn(message);
		MessageDialog.openError(shell, JournalMessages.Startup_failedTitle, message);
	}
}
