package org.sipqm.ui.internal.workspace;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.store.LoadProblem;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;

/**
 * Tells the user which files of a workspace did not load cleanly, one line per problem with the
 * file, the position and the parser's message, in a text they can scroll and copy.
 */
final class LoadProblemsDialog extends MessageDialog {

	private final String problemList;

	LoadProblemsDialog(Shell parent, Workspace workspace) {
		super(parent, Messages.LoadProblemsDialog_title, null,
				NLS.bind(Messages.LoadProblemsDialog_message, workspace.problems().size(), workspace.root()), WARNING, 0,
				IDialogConstants.OK_LABEL);
		problemList = describe(workspace.problems());
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(problemList);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = convertWidthInCharsToPixels(100);
		data.heightHint = convertHeightInCharsToPixels(12);
		text.setLayoutData(data);
		text.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.LoadProblemsDialog_listName;
			}
		});
		return text;
	}

	/**
	 * Describes each problem in a paragraph of its own: the file with the line and column, then
	 * the parser's message and what became of the file.
	 */
	static String describe(List<LoadProblem> problems) {
		StringBuilder text = new StringBuilder();
		for (LoadProblem problem : problems) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(WorkspaceLayout.toPortableString(problem.file()));
			if (problem.line().isPresent() && problem.column().isPresent()) {
				text.append(NLS.bind(Messages.LoadProblemsDialog_position, problem.line().getAsInt(),
						problem.column().getAsInt()));
			} else if (problem.line().isPresent()) {
				text.append(NLS.bind(Messages.LoadProblemsDialog_line, problem.line().getAsInt()));
			}
			text.append(":\n").append(problem.message()); //$NON-NLS-1$
			text.append(' ').append(problem.fileSkipped() ? Messages.LoadProblemsDialog_fileLeftOut
					: Messages.LoadProblemsDialog_partLeftOut);
			text.append('\n');
		}
		return text.toString();
	}
}
