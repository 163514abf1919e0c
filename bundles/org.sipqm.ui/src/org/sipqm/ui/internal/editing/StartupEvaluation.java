package org.sipqm.ui.internal.editing;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * The {@value #OPTION} command-line option: {@code -openEvaluation <file>} opens the evaluation in
 * that file, given relative to the workspace folder, in its editor once the workspace has loaded.
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

	/** Opens the evaluation in the file, or shows an error naming the file when the workspace has none there. */
	public static void open(Shell shell, Workspace workspace, EPartService partService, String file) {
		String wanted = WorkspaceLayout.toPortableString(Path.of(file).normalize());
		Optional<Evaluation> evaluation = workspace.evaluations().stream()
				.filter(candidate -> WorkspaceLayout.toPortableString(workspace.pathOf(candidate)).equals(wanted))
				.findFirst();
		if (evaluation.isEmpty()) {
			String message = NLS.bind(JournalMessages.Startup_notFound, new Object[] { file, OPTION, workspace.root() });
			ILog.of(StartupEvaluation.class).warn(message);
			MessageDialog.openError(shell, JournalMessages.Startup_failedTitle, message);
			return;
		}
		EvaluationEditors.open(partService, workspace, evaluation.get());
	}
}
